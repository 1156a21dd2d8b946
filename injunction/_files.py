"""Files, safely: reading a record, walking directories, writing output.

A file system can be hostile too, so everything the library does with one
goes through this module, once:

- `read_file` reads a regular file no further than a cap: it opens without
  blocking and never reads a FIFO, a socket or a device (``/dev/zero``
  named ``x.json``), and it allocates what the file holds, never the cap.
  `read_stream` reads a pipe in chunks, to the same cap.
- `walk` lists the record files under some paths: a directory in name
  order, each real directory once (a symbolic link loop is walked once),
  without recursion (a tree of any depth), and what cannot be read (a
  directory that vanished or is unreadable, a FIFO, a broken link) as a
  `Found` with a problem, so that a batch goes on.
- `output_problem`, `atomic_file` and `atomic_write` write a file whole or not at all: a
  temporary file in the same folder, flushed and synced, then renamed over
  the target; the previous file stays if anything fails. A symbolic link
  is refused, not followed (replacing its target would write where the
  user did not name).
- `Sink` writes standard output, every byte checked, and if it fails (a
  full disk) cuts a regular file back to its last complete line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Collection, Iterator
from typing import IO, NamedTuple

__all__ = ["Found", "Sink", "atomic_file", "atomic_write", "output_problem", "read_file", "read_stream", "walk"]

_CHUNK = 1 << 16


class NotRegularFile(OSError):
    """A path that names something other than a regular file."""


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of the regular file *path*, at most *max_bytes* + 1 of them
    (one more than the cap says the file is larger).

    The file is opened without blocking (a FIFO would otherwise wait for a
    writer forever) and refused unless it is a regular file; what is read
    is bounded by the file's size, so a cap of 100 GB allocates nothing.
    Raises `OSError` (`NotRegularFile` for a FIFO, a device or a directory).
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(errno.EINVAL, f"{_kind(info.st_mode)}, not a regular file", path)
        chunks: list[bytes] = []
        wanted = max_bytes + 1
        # The size first (one read for a file that stays put), then chunks if it grew.
        size = min(wanted, info.st_size + 1)
        while wanted > 0:
            chunk = os.read(fd, min(wanted, size))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
            size = _CHUNK
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_stream(stream: IO[bytes], max_bytes: int) -> bytes:
    """At most *max_bytes* + 1 bytes of *stream*, read in chunks (never a
    buffer the size of the cap)."""
    chunks: list[bytes] = []
    wanted = max_bytes + 1
    while wanted > 0:
        chunk = stream.read(min(wanted, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)


class Found(NamedTuple):
    """A record file `walk` found: its path, and what is wrong with it (None: read it)."""

    path: str
    problem: str | None = None


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def identities(paths: Collection[str]) -> frozenset[tuple[int, int]]:
    """The files *paths* name, as `walk` compares them (device and inode), those that exist."""
    found = set()
    for path in paths:
        try:
            found.add(_identity(os.stat(path)))
        except (OSError, ValueError):
            pass
    return frozenset(found)


def _problem(error: OSError) -> str:
    return error.strerror or str(error)


def walk(paths: Collection[str], suffixes: tuple[str, ...], *, skip: Collection[str] = ()) -> Iterator[Found]:
    """The record files under *paths*, in order: a path that is not a
    directory as given, a directory walked in name order for files ending in
    one of *suffixes*. Never the files *skip* names (the output being
    written), and each real directory once.

    What cannot be walked is a `Found` with its problem: a directory that
    cannot be listed, an entry that vanished, a record that is a FIFO, a
    socket or a device, a broken or looping symbolic link. Nothing is
    opened here; a regular file is read by `read_file`.
    """
    skipped = identities(skip)
    seen: set[tuple[int, int]] = set()
    for name in paths:
        try:
            info = os.stat(name)
        except (OSError, ValueError):
            yield Found(name)  # the reader says what is wrong with it
            continue
        if not stat.S_ISDIR(info.st_mode):
            if _identity(info) not in skipped:
                yield Found(name)
            continue
        yield from _directory(name, info, suffixes, seen, skipped)


def _directory(
    top: str,
    info: os.stat_result,
    suffixes: tuple[str, ...],
    seen: set[tuple[int, int]],
    skipped: frozenset[tuple[int, int]],
) -> Iterator[Found]:
    """The records under the directory *top*, depth first in name order, with an explicit stack."""
    if _identity(info) in seen:
        return
    seen.add(_identity(info))
    stack: list[Iterator[os.DirEntry[str]]] = []
    listed = _listing(top)
    if isinstance(listed, Found):
        yield listed
        return
    stack.append(listed)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        is_dir = record = False
        try:
            is_dir = entry.is_dir()
            record = not is_dir and entry.name.endswith(suffixes)
            if not (is_dir or record):
                continue
            entry_info = entry.stat()
        except OSError as error:  # vanished, unreadable, or a link that loops
            if is_dir or record or entry.name.endswith(suffixes) or error.errno == errno.ELOOP:
                yield Found(entry.path, f"cannot read: {_problem(error)}")
            continue
        if is_dir:
            if _identity(entry_info) in seen:
                continue  # a link back to a directory already walked
            seen.add(_identity(entry_info))
            listed = _listing(entry.path)
            if isinstance(listed, Found):
                yield listed
            else:
                stack.append(listed)
        elif _identity(entry_info) in skipped:
            continue
        elif stat.S_ISREG(entry_info.st_mode):
            yield Found(entry.path)
        else:
            yield Found(entry.path, f"cannot read: {_kind(entry_info.st_mode)}, not a regular file")


def _listing(directory: str) -> Iterator[os.DirEntry[str]] | Found:
    """The entries of *directory* in name order, or why they cannot be listed."""
    try:
        with os.scandir(directory) as entries:
            return iter(sorted(entries, key=lambda e: e.name))
    except OSError as error:
        return Found(directory, f"cannot read the directory: {_problem(error)}")


def output_problem(path: str) -> str | None:
    """Why *path* cannot be written as an output file, if it cannot
    (``"PATH: why"``): a directory, a symbolic link (refused, not followed),
    a folder that does not exist, a FIFO or a device; None when it can be tried."""
    if os.path.islink(path):
        return f"{path}: a symbolic link (to {os.readlink(path)}); name the file itself, not a link to it"
    if os.path.isdir(path):
        return f"{path}: a directory; name a file in it"
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        return f"{path}: the folder {folder} does not exist"
    if os.path.exists(path) and not os.path.isfile(path):
        return f"{path}: not a regular file"
    return None


@contextlib.contextmanager
def atomic_file(path: str) -> Iterator[IO[str]]:
    """A text file (UTF-8) that becomes *path* whole, or not at all.

    What is written goes to a new file beside *path* (``.NAME.XXXXXXXX.tmp``,
    a name no walk reads as a record); when the ``with`` block ends it is
    flushed and synced to disk, then renamed over *path* (and the folder
    synced). If anything fails, the block included, the temporary file is
    removed and *path* is as it was. A symbolic link, a directory or a
    missing folder is refused first (`output_problem`) with an `OSError`. A
    new file gets the permissions the umask allows; a replaced one keeps its
    own. Text that UTF-8 cannot encode (a lone surrogate) is written as a
    backslash escape, never an error halfway through.
    """
    if (problem := output_problem(path)) is not None:
        raise OSError(errno.EINVAL, problem, path)
    folder = os.path.dirname(path) or "."
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    while True:
        temporary = os.path.join(folder, f".{os.path.basename(path)}.{os.urandom(4).hex()}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        break
    try:
        with open(fd, "w", encoding="utf-8", errors="backslashreplace") as file:
            yield file
            file.flush()
            if mode is not None:
                os.fchmod(fd, mode)
            os.fsync(fd)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def atomic_write(path: str, text: str) -> None:
    """Write *text* to *path* whole or not at all (`atomic_file`)."""
    with atomic_file(path) as file:
        file.write(text)


def _sync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is done
    finally:
        os.close(fd)


class Sink:
    """Standard output written in whole lines, every byte checked.

    Text given to `write` (one or more whole lines at a time) is gathered
    and written straight to the stream's file descriptor, a short write
    resumed and a failed one raised: a text stream over an unbuffered file
    (``PYTHONUNBUFFERED``) would drop the rest of a short write silently.
    `commit` writes what is gathered and remembers where the output ends;
    if a write fails (a full disk), `abandon` cuts a regular file back to
    that point, so that no line is left half written (a pipe or a terminal
    cannot be cut back, and never needs it). A stream with no descriptor (a
    test's StringIO) is written as a stream.
    """

    _GATHER = 1 << 16

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self._fd: int | None = None
        self._regular = False
        self._mark = 0
        self._pending: list[str] = []
        self._size = 0
        self._encoding = getattr(stream, "encoding", None) or "utf-8"
        self._errors = getattr(stream, "errors", None) or "strict"
        try:
            stream.flush()  # what was printed before goes first
            fd = stream.fileno()
            info = os.fstat(fd)
        except (AttributeError, OSError, ValueError):
            return  # not a file (a test's StringIO): written as a stream
        self._fd = fd
        if stat.S_ISREG(info.st_mode):
            self._regular = True
            appending = bool(getattr(os, "O_APPEND", 0) and _flags(fd) & os.O_APPEND)
            self._mark = info.st_size if appending else os.lseek(fd, 0, os.SEEK_CUR)

    def write(self, text: str) -> None:
        """Add *text*, whole lines; it is written when enough has gathered, or at `commit`."""
        self._pending.append(text)
        self._size += len(text)
        if self._size >= self._GATHER:
            self.commit()

    def commit(self) -> None:
        """Write what has gathered, and take the end of the output as the point to cut back to."""
        text, self._pending, self._size = "".join(self._pending), [], 0
        if self._fd is None:
            self.stream.write(text)
            self.stream.flush()
            return
        view = memoryview(text.encode(self._encoding, self._errors))
        while view:
            view = view[os.write(self._fd, view) :]
        if self._regular:
            self._mark = os.lseek(self._fd, 0, os.SEEK_CUR)

    def abandon(self) -> None:
        """After a failed write: drop what is unwritten, cut a regular file back to the last commit."""
        self._pending, self._size = [], 0
        if self._fd is None or not self._regular:
            return
        try:
            os.ftruncate(self._fd, self._mark)
            os.lseek(self._fd, self._mark, os.SEEK_SET)
        except OSError:
            pass


def _flags(fd: int) -> int:
    try:
        import fcntl
    except ImportError:  # Windows
        return 0
    return fcntl.fcntl(fd, fcntl.F_GETFL)
