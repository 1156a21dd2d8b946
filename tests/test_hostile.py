"""Hostile records, file systems and disks (issue 20, items 1, 2, 3 and 5).

Each example is a reproduction from the issue, kept as a regression test:
a batch survives any one record or file, nothing hangs or blows up, no
output is lost or left half written, and small correctness points in the
format and the standards hold.
"""

from __future__ import annotations

import errno
import json
import re
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import injunction
from injunction import AnyOf, CaseFormatError, Claim, Factor, Harm, Merits, Requirement
from injunction._cli import main
from injunction.authorities import WINTER_20

from .conftest import ROOT

PARLER = ROOT / "injunction" / "examples" / "parler.toml"
CLI = [sys.executable, "-m", "injunction"]


def _record() -> dict[str, Any]:
    return injunction.to_record(injunction.load(PARLER))


def _write_json(path: Path, record: dict[str, Any]) -> Path:
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def _lines(text: str) -> list[dict[str, Any]]:
    """Every line a JSON object; a line cut short fails here."""
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


# --- Item 1: a batch survives any one record or file -------------------------


def test_a_surrogate_escape_in_a_value_or_a_key_is_an_error_line_not_a_crash(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """``\\ud800`` in a string or a key: the line escapes it, the batch goes on, standard output is UTF-8."""
    good = _write_json(tmp_path / "a-good.json", _record())
    text = good.read_text(encoding="utf-8")
    (tmp_path / "b-value.json").write_text(text.replace('"Parler LLC"', '"Parler\\ud800"'), encoding="utf-8")
    (tmp_path / "c-key.json").write_text(text.replace('"version"', '"vers\\ud800"', 1), encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--jsonl"]) == 2
    out = capfd.readouterr().out
    out.encode("utf-8")  # valid UTF-8: no lone surrogate reached the stream
    lines = _lines(out)
    assert [Path(line["file"]).name for line in lines] == ["a-good.json", "b-value.json", "c-key.json"]
    assert "error" not in lines[0]
    assert lines[1]["error"]["problems"][0]["path"] == "motion.movant"
    assert lines[2]["error"]["problems"][0]["path"] == "vers\ud800"  # the escape reads back as written


@pytest.mark.parametrize("depth", [984, 987, 990, 5000])
def test_a_value_nested_deep_is_refused_at_any_depth(depth: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A version nested 984-990 lists deep once ran out of stack when its problem was shown."""
    text = re.sub(r'"version": [0-9]+', '"version": ' + "[" * depth + "]" * depth, json.dumps(_record()))
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseFormatError, match="nested too deeply"):
        injunction.load(path)
    assert main(["validate", str(path)]) == 2
    assert "nested too deeply to be a case record" in capsys.readouterr().out
    assert main(["evaluate", str(path), "--jsonl"]) == 2
    assert _lines(capsys.readouterr().out)[-1]["error"]["problems"][0]["message"] == "nested too deeply to be a case record"


def test_a_toml_key_dotted_thousands_deep_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``version.a.a...`` (3,000 parts) parses without recursion, then is refused before anything walks it."""
    path = tmp_path / "deep.toml"
    path.write_text("version" + ".a" * 3000 + " = 1\n", encoding="utf-8")
    with pytest.raises(CaseFormatError, match="nested too deeply"):
        injunction.load(path)
    assert main(["evaluate", str(path)]) == 2
    assert "nested too deeply" in capsys.readouterr().err


def test_a_problem_shows_any_value_however_deep() -> None:
    """`show`, given a value deeper than the stack (from `from_record`), shortens it."""
    from injunction._records.problems import show

    value: list[Any] = []
    for _ in range(100_000):
        value = [value]
    assert show(value).startswith("[[")


def test_a_file_name_that_is_not_utf8_keeps_every_line(tmp_path: Path) -> None:
    """A name with byte 0xff once cut ``-o out.jsonl`` after its first line."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write_json(folder / "a.json", _record())
    name = os.fsdecode(b"b\xff.json")
    _write_json(folder / name, _record())
    out = tmp_path / "out.jsonl"
    assert main(["evaluate", str(folder), "--jsonl", "-o", str(out)]) == 0
    lines = _lines(out.read_text(encoding="utf-8"))
    assert [line["file"] for line in lines] == [str(folder / "a.json"), str(folder / name)]


@pytest.mark.parametrize("failure", [PermissionError(errno.EACCES, "Permission denied"), FileNotFoundError(errno.ENOENT, "No such file or directory")], ids=["unreadable", "vanished"])
def test_a_subdirectory_that_cannot_be_listed_is_an_error_line(
    failure: OSError, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable or vanished subdirectory is a line saying so; the records around it are read."""
    _write_json(tmp_path / "a.json", _record())
    (tmp_path / "b").mkdir()
    _write_json(tmp_path / "c.json", _record())
    real = os.scandir

    def scandir(path: Any) -> Any:
        if os.fspath(path).endswith(os.sep + "b"):
            raise failure
        return real(path)

    monkeypatch.setattr("injunction._files.os.scandir", scandir)
    assert main(["evaluate", str(tmp_path), "--jsonl"]) == 2
    lines = _lines(capsys.readouterr().out)
    assert [Path(line["file"]).name for line in lines] == ["a.json", "b", "c.json"]
    assert lines[1]["error"]["message"] == f"{tmp_path / 'b'}: cannot read the directory: {failure.strerror}"


def test_a_symlink_loop_walks_each_real_directory_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A link back to the top once emitted one record 41 times and then crashed."""
    _write_json(tmp_path / "a.json", _record())
    (tmp_path / "sub").mkdir()
    _write_json(tmp_path / "sub" / "b.json", _record())
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "sub" / "self.json").symlink_to(tmp_path / "sub" / "self.json")  # a link to itself
    assert main(["evaluate", str(tmp_path), "--jsonl"]) == 2
    lines = _lines(capsys.readouterr().out)
    assert [Path(line["file"]).name for line in lines] == ["a.json", "b.json", "self.json"]
    assert "cannot read" in lines[2]["error"]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_json_is_never_opened(tmp_path: Path) -> None:
    """A FIFO named ``*.json`` once hung forever, alone or in a batch."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    _write_json(tmp_path / "real.json", _record())
    started = time.monotonic()
    with pytest.raises(CaseFormatError, match="FIFO"):
        injunction.load(fifo)
    done = subprocess.run([*CLI, "evaluate", str(tmp_path), "--jsonl"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = _lines(done.stdout)
    assert lines[0]["error"]["message"].endswith("cannot read: a FIFO (named pipe), not a regular file")
    assert lines[1]["disposition"] == "denied"
    assert time.monotonic() - started < 60


def test_the_output_inside_the_input_folder_is_never_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` named like a record, inside the folder read, twice: the second run does not read the first's output."""
    _write_json(tmp_path / "a.json", _record())
    out = tmp_path / "out.json"
    for _ in range(2):
        assert main(["evaluate", str(tmp_path), "--jsonl", "-o", str(out)]) == 0
        assert [line["file"] for line in _lines(out.read_text(encoding="utf-8"))] == [str(tmp_path / "a.json")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "out.json"]  # no temporary file left
    assert main(["evaluate", str(tmp_path / "a.json"), str(out), "--jsonl", "-o", str(out)]) == 2
    assert "is one of the records to read" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["directory", "missing-folder", "symlink"])
def test_output_that_cannot_be_a_file_is_refused_before_any_work(where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` onto a directory or into a missing folder once crashed; a symbolic link is refused, its target untouched."""
    _write_json(tmp_path / "a.json", _record())
    target = tmp_path / "target.jsonl"
    target.write_text("keep\n", encoding="utf-8")
    output = {"directory": tmp_path, "missing-folder": tmp_path / "nowhere" / "out.jsonl", "symlink": tmp_path / "link.jsonl"}[where]
    if where == "symlink":
        output.symlink_to(target)
    assert main(["evaluate", str(tmp_path / "a.json"), "--jsonl", "-o", str(output)]) == 2
    assert main(["evaluate", str(tmp_path / "a.json"), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert {"directory": "a directory", "missing-folder": "does not exist", "symlink": "a symbolic link"}[where] in err
    assert target.read_text(encoding="utf-8") == "keep\n"


def test_a_huge_max_bytes_allocates_only_what_the_file_holds(tmp_path: Path) -> None:
    """``--max-bytes 100000000000`` once raised MemoryError: reads are bounded by what exists."""
    import io

    from injunction._files import read_stream

    assert injunction.load(PARLER, max_bytes=100_000_000_000).motion.movant == "Parler LLC"
    assert read_stream(io.BytesIO(b"x" * 10), 100_000_000_000) == b"x" * 10
    assert read_stream(io.BytesIO(b"x" * 10), 4) == b"x" * 5  # one past the cap: larger than allowed
    assert main(["validate", str(PARLER), "--max-bytes", "100000000000"]) == 0


# --- Item 2: no hangs, no blow-ups ---------------------------------------------


def test_reports_find_the_best_claim_once_however_many_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports read ``Case.merits`` once per claim; it is found once per case, so the work is linear."""
    from injunction._engine import case as case_module
    from injunction._render.formats import render

    calls = []
    original = case_module.best_merits

    def counting(claims: Any) -> Any:
        calls.append(1)
        return original(claims)

    monkeypatch.setattr(case_module, "best_merits", counting)
    counts = []
    for n in (10, 400):
        claims = tuple(Claim(name=f"Claim {i}", merits=Merits.SERIOUS_QUESTIONS) for i in range(n))
        decision = injunction.evaluate(attrs.evolve(injunction.load(PARLER), claims=claims))
        calls.clear()
        for fmt in ("text", "markdown", "html"):
            render(decision, fmt, "court")
        counts.append(len(calls))
    assert counts[0] == counts[1] <= 3


def test_what_it_takes_by_claim_is_bounded_by_the_groups_of_alike_claims() -> None:
    """Six unknown claims once took minutes (every subset); 80,000 alike claims now take a moment, and each answer holds."""
    base = injunction.load(PARLER)
    for n in (6, 80_000):
        case = attrs.evolve(base, claims=tuple(Claim(name=f"c{i}", merits=None) for i in range(n)))
        decision = injunction.evaluate(case)
        started = time.monotonic()
        granted = decision.what_it_takes("granted", by_claim=True)
        denied = decision.what_it_takes("denied", by_claim=True)
        assert time.monotonic() - started < 30
        assert [set(k for k in s if k.startswith("claims")) for s in granted] == [{"claims[0].merits"}] * len(granted)
        assert all(sum(k.startswith("claims") for k in s) in (0, n) for s in denied)  # all of them lowered, or none
        if n == 6:
            for changes in granted + denied:
                after = injunction.what_if(case, dict(changes)).after.disposition.value
                assert after in ("granted", "denied") and (changes in granted) == (after == "granted")
    unlike = tuple(
        Claim(name=f"c{i}", merits=m, constitutional=c)
        for i, (m, c) in enumerate([(Merits.NONE, False), (Merits.LIKELY, False), (Merits.CLEAR, False), (None, True), (Merits.NONE, True)])
    )
    with pytest.raises(ValueError, match="at most 4 groups of alike claims"):
        injunction.evaluate(attrs.evolve(base, claims=unlike)).what_it_takes(by_claim=True)


def _batch_dir(tmp_path: Path, count: int, claims: int = 300) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    record = _record()
    record["claims"] = [dict(record["claims"][0], name=f"Claim {i}") for i in range(claims)]
    for i in range(count):
        _write_json(folder / f"r{i:04}.json", record)
    return folder


def _children(pid: int) -> list[int]:
    psutil = pytest.importorskip("psutil")
    return [child.pid for child in psutil.Process(pid).children()]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_an_interrupt_during_jobs_exits_at_once(tmp_path: Path) -> None:
    """SIGINT to the process group (Ctrl-C) during ``--jobs 2`` once hung in Pool.terminate()."""
    folder = _batch_dir(tmp_path, 3000)  # more than the batch decides before the signal arrives
    argv = [*CLI, "evaluate", str(folder), "--jsonl", "--jobs", "2"]
    with open(tmp_path / "out.jsonl", "w") as out, subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, start_new_session=True) as process:
        try:
            while not (tmp_path / "out.jsonl").stat().st_size and process.poll() is None:
                time.sleep(0.05)
            os.killpg(process.pid, signal.SIGINT)
            assert process.wait(timeout=20) == 130
        finally:  # a hang fails the test instead of hanging the suite
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
        assert process.stderr is not None and process.stderr.read().decode().strip() == "injunction: interrupted"
    _lines((tmp_path / "out.jsonl").read_text(encoding="utf-8"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_killed_worker_is_noticed_and_reported(tmp_path: Path) -> None:
    """A worker killed with SIGKILL once left the parent waiting forever; now it exits 2, saying so, and -o is not written."""
    folder = _batch_dir(tmp_path, 2000)
    output = tmp_path / "out.jsonl"
    argv = [*CLI, "evaluate", str(folder), "--jsonl", "--jobs", "2", "-o", str(output)]
    with subprocess.Popen(argv, stderr=subprocess.PIPE) as process:
        deadline = time.monotonic() + 30
        killed = False
        while not killed and process.poll() is None and time.monotonic() < deadline:
            for worker in _children(process.pid):  # the first worker still alive (a busy machine may be slow to start them)
                try:
                    os.kill(worker, signal.SIGKILL)
                except ProcessLookupError:
                    continue
                killed = True
                break
            time.sleep(0.02)
        assert killed, "no worker process to kill"
        assert process.wait(timeout=30) == 2
        assert process.stderr is not None
        assert "the batch is incomplete: a worker process died" in process.stderr.read().decode()
    assert not output.exists()
    assert list(tmp_path.iterdir()) == [folder]  # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("command", [["evaluate", "{dir}", "--jsonl"], ["evaluate", "{dir}", "--jsonl", "--jobs", "2"], ["validate", "{files}"], ["schema", "record"], ["doctrine"], ["evaluate", "--help"]])
def test_a_closed_pipe_ends_quietly(command: list[str], tmp_path: Path) -> None:
    """``| head -1`` once crashed --jsonl, validate and schema with BrokenPipeError: now exit 141, nothing on standard error."""
    folder = _batch_dir(tmp_path, 300, claims=1)
    files = [str(p) for p in sorted(folder.iterdir())]
    argv = [part for arg in command for part in ({"{dir}": [str(folder)], "{files}": files}.get(arg, [arg]))]
    with subprocess.Popen([*CLI, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        try:
            process.stdout.readline()
            process.stdout.close()
            status = process.wait(timeout=60)
        finally:  # a hang fails the test instead of hanging the suite
            if process.poll() is None:
                process.kill()
        assert process.stderr.read() == b""
    assert status in (0, 141)  # 0 when everything fit in the pipe before it closed
    if command[0] == "evaluate" and command[-1] != "--help":
        assert status == 141


# --- Item 3: no lost output ----------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("command", [["evaluate", str(PARLER), "--format", "json"], ["evaluate", str(PARLER), "--jsonl"], ["validate", str(PARLER)], ["schema", "record"], ["--help"]])
def test_a_full_disk_is_an_error_not_exit_0(command: list[str]) -> None:
    """Standard output on a full disk once exited 0 with the output lost."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([*CLI, *command], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == "injunction: cannot write standard output: No space left on device\n"


def _limited(size: int) -> Any:
    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_file_cut_short_by_the_disk_holds_no_half_line(tmp_path: Path) -> None:
    """A file limit (as a disk filling up) cuts standard output back to its last whole line: no record cut in two."""
    folder = _batch_dir(tmp_path, 300, claims=1)
    runs: list[tuple[list[str], int]] = [
        (["evaluate", str(folder / "r0000.json"), "--format", "json"], 2_000),
        (["evaluate", str(folder), "--jsonl"], 150_000),
    ]
    for argv, size in runs:
        with open(tmp_path / "out", "w") as out:
            done = subprocess.run([*CLI, *argv], stdout=out, stderr=subprocess.PIPE, text=True, preexec_fn=_limited(size), timeout=120)
        assert done.returncode == 2
        assert "File too large" in done.stderr
        text = (tmp_path / "out").read_text(encoding="utf-8")
        assert len(text) <= size
        if argv[-1] == "json":
            assert text == ""  # a document is whole or absent
        else:
            assert 0 < len(_lines(text)) < 300


def test_a_failed_write_keeps_the_previous_report(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``-o report.html`` once destroyed the previous report before failing; now it is replaced whole or not at all."""
    report = tmp_path / "report.html"
    report.write_text("previous\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("injunction._files.os.fsync", full)
    assert main(["evaluate", str(PARLER), "--format", "html", "-o", str(report)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert report.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    monkeypatch.undo()
    assert main(["evaluate", str(PARLER), "--format", "html", "-o", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_dump_checks_the_case_before_touching_its_target(tmp_path: Path) -> None:
    """`dump` of a case holding a raw lone surrogate once truncated its target to 0 bytes, then raised."""
    target = tmp_path / "case.json"
    target.write_text("previous\n", encoding="utf-8")
    case = attrs.evolve(injunction.load(PARLER), motion=attrs.evolve(injunction.load(PARLER).motion, movant="Parler\ud800"))
    with pytest.raises(ValueError, match="unpaired surrogate"):
        injunction.dump(case, target)
    assert target.read_text(encoding="utf-8") == "previous\n"


# --- Item 5: smaller correctness points -----------------------------------------

_LIKELY = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
_HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
TWO_OF_A_NAME = AnyOf((_LIKELY.named("winter"), _HARM.named("winter")))


def test_two_paths_of_one_name_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """One of them was lost in failed and met, and ``injunction check`` passed the standard."""
    with pytest.raises(ValueError, match="two paths named 'winter'"):
        injunction.evaluate(injunction.load(PARLER), TWO_OF_A_NAME)
    with pytest.raises(ValueError, match="two paths named 'path_1'"):
        injunction.evaluate(injunction.load(PARLER), AnyOf((_LIKELY, _HARM.named("path_1"))))
    assert main(["check", "--standard", "tests.test_hostile:TWO_OF_A_NAME", "--examples", "5"]) == 2
    assert "injunction check: the rule has two paths named 'winter'" in capsys.readouterr().err


def test_toml_version_is_the_integer_1(tmp_path: Path) -> None:
    """TOML tells 1 from 1.0, and the format says the integer; JSON has one number type."""
    text = injunction.dumps(injunction.load(PARLER), format="toml")  # written as version 2
    with pytest.raises(CaseFormatError, match="version: got 2.0; must be an integer, not a decimal number"):
        injunction.loads(text.replace("version = 2", "version = 2.0"), format="toml")
    json_text = injunction.dumps(injunction.load(PARLER), format="json").replace('"version": 2', '"version": 2.0')
    assert injunction.loads(json_text, format="json") == injunction.load(PARLER)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_such(encoding: str, tmp_path: Path) -> None:
    """It was reported as binary data, a NUL byte."""
    path = tmp_path / "record.toml"
    path.write_bytes(PARLER.read_text(encoding="utf-8").encode(encoding))
    with pytest.raises(CaseFormatError) as info:
        injunction.load(path)
    assert str(info.value.problems[0]) == "UTF-16 text, not UTF-8; save it as UTF-8"


def test_check_loads_a_standard_from_a_file_or_from_the_current_directory_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's command, by file and by module, whatever other package installs a top-level ``tests``."""
    monkeypatch.chdir(ROOT)
    spec = "tests/broken_standards.py:NON_MONOTONE"
    assert main(["check", "--standard", spec, "--examples", "30", "--output", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"Checking {spec} over 30 examples per property\n")
    assert "monotone    BROKEN" in out
    assert main(["check", "--standard", "tests/no_such_file.py:X"]) == 2
    assert "cannot load 'tests/no_such_file.py': no such file" in capsys.readouterr().err
    # An installed top-level `tests` (eyecite's dependency ships one) comes after the current directory.
    script = Path(sys.executable).parent / "injunction"
    if not script.exists():
        pytest.skip("no console script beside the interpreter")
    elsewhere = tmp_path / "site"
    (elsewhere / "tests").mkdir(parents=True)
    (elsewhere / "tests" / "__init__.py").write_text("")
    environment = {**os.environ, "PYTHONPATH": str(elsewhere)}
    argv = [str(script), "check", "--standard", "tests.broken_standards:NON_MONOTONE", "--examples", "30", "--output", str(tmp_path)]
    done = subprocess.run(argv, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "monotone    BROKEN" in done.stdout


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_toml_version_that_is_not_a_number_json_holds_stays_strict_json(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """TOML ``version = nan`` once put ``NaN`` into a --jsonl error line, which strict JSON parsers refuse."""
    path = tmp_path / "nan.toml"
    path.write_text(f"version = {value}\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--jsonl"]) == 2
    line = capsys.readouterr().out.splitlines()[0]
    problem = json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in a JSON line"))["error"]["problems"][0]
    assert problem["path"] == "version" and problem["value"] == {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}[value]  # as words
