"""How a record's text is shown: one policy for the characters that could
act on a reader's terminal, log or viewer instead of being read.

A record's text is data, kept as written (`Case` holds it unchanged, and
JSON output gives it back exactly); every output neutralises it:

- **controls**: C0 (but a tab and a line break where text may span lines),
  DEL and C1, among them ESC, which starts the terminal sequences that set
  a window's title, clear the screen or recolour text, a lone carriage
  return, which overwrites the line, and NUL;
- **bidi controls** (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069),
  which reorder the words around them: a right-to-left override at the end
  of a name turns the library's "DENIED" into "DEINED";
- **line and paragraph separators** (U+2028, U+2029), which some viewers
  break lines at, and **lone surrogates** (a JSON ``\\ud800``), which are
  not text and cannot be written as UTF-8;
- text with **nothing visible** (a lone zero-width space): every character
  of it but the space.

What counts as **invisible** is decided here once (`INVISIBLE`): white space
and Unicode's default-ignorable code points (zero-width space and joiners,
word joiner, soft hyphen, byte-order mark, variation selectors, tags...).
Text of nothing else is `blank`: no name, which the loader refuses and the
record schema's pattern (built from `INVISIBLE`) refuses too.

`printable` writes each such character as its escape (``\\x1b``,
``\\u202e``, ``\\n``) for text, Markdown, error messages and diagram
labels; `markup` does the same and then escapes HTML and SVG's own
characters; `json_text` writes JSON whose strings spell each as a ``\\u``
escape, which reads back to the same text. Nothing here decides what a
record may hold: the loader does.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["INVISIBLE", "blank", "json_text", "markup", "printable", "visible"]

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 but tab, line feed and carriage return; DEL; C1
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_OTHERS = "\u2028\u2029\ud800-\udfff"  # line and paragraph separators; lone surrogates
_ONE_LINE = re.compile(f"[\t\n\r{_CONTROLS}{_BIDI}{_OTHERS}]")
# Where text may span lines, a tab and a line break stay (\r\n is shown as the line break \n).
_LINES = re.compile(f"[\r{_CONTROLS}{_BIDI}{_OTHERS}]")
# In JSON text the C0 controls are escaped already (json.dumps always does).
_JSON = re.compile(f"[\x7f-\x9f{_BIDI}{_OTHERS}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# White space: every character str.isspace() is true of (str.strip() strips them).
_WHITE_SPACE = (
    (0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
    (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
)  # fmt: skip
# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, unchanged
# from Unicode 14 to 16): characters a renderer shows as nothing, whether or
# not it knows them. Soft hyphen; combining grapheme joiner; Arabic letter
# mark; Hangul fillers; Khmer inherent vowels; Mongolian variation selectors
# and vowel separator; zero-width space, non-joiner and joiner, LRM and RLM;
# bidi embeddings and overrides; word joiner, invisible operators, isolates
# and deprecated format characters; variation selectors; the byte-order mark
# (zero-width no-break space); reserved U+FFF0-U+FFF8; shorthand format
# controls; musical beam and phrase controls; tags and their plane.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip
_BLANK_SYMBOL = ((0x2800, 0x2800),)  # the blank Braille pattern: a symbol that shows nothing


def _merged(*tables: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    for low, high in sorted(pair for table in tables for pair in table):
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(high, ranges[-1][1]))
        else:
            ranges.append((low, high))
    return tuple(ranges)


INVISIBLE = _merged(_WHITE_SPACE, _DEFAULT_IGNORABLE, _BLANK_SYMBOL)
"""The characters that show nothing, as inclusive ranges of code points,
in order: white space, Unicode's default-ignorable code points and the
blank Braille pattern. Text of these alone is `blank`; the record schema
writes its pattern for a name from this table."""


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    """*ranges* as the inside of a Python ``re`` character class."""
    def one(code: int) -> str:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return "".join(one(low) if low == high else f"{one(low)}-{one(high)}" for low, high in ranges)


_SHOWS = re.compile(f"[^{_class(INVISIBLE)}]")  # a character that is not invisible
_INVISIBLES = re.compile(f"[{_class(INVISIBLE)}]+")


def blank(text: str) -> bool:
    """Whether *text* is empty or holds nothing but `INVISIBLE` characters
    (white space, zero-width spaces and joiners, soft hyphens, byte-order
    marks...): no name, though it may be a string.

    >>> blank(""), blank(" \\t"), blank("\\u200b\\u00ad\\ufeff"), blank("A\\u200bB")
    (True, True, True, False)
    """
    return _SHOWS.search(text) is None


def _escape(char: str) -> str:
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str) -> bool:
    """Whether *text* shows anything: a letter, digit, punctuation mark or
    symbol that is not `INVISIBLE`, not only white space, controls, format
    characters (zero-width space, joiners, bidi controls) and combining
    marks. Text that is not `blank` may still show nothing (a lone
    combining accent): `printable` escapes it whole.

    >>> visible("Acme Corp."), visible("\\u200b"), visible(" \\u2060\\t")
    (True, False, False)
    """
    import unicodedata  # a C module, loaded on first use

    category = unicodedata.category
    return any(category(char)[0] in "LNPS" for char in _INVISIBLES.sub("", text))


def printable(text: str, *, lines: bool = False) -> str:
    """*text* safe to show at a terminal, in a log or in a viewer: each
    control, bidi control, line separator and lone surrogate written as its
    escape, on one line (with *lines*, tabs and line breaks stay, a
    Windows line break shown as a line break); text with
    nothing visible has every character but the space escaped. The escapes
    are ASCII, so `printable` of its own result changes nothing.

    >>> printable("Evil\\x1b]0;owned\\x07 Co.\\u202e")
    'Evil\\\\x1b]0;owned\\\\x07 Co.\\\\u202e'
    >>> printable("two\\nlines"), printable("two\\nlines", lines=True)
    ('two\\\\nlines', 'two\\nlines')
    >>> printable("\\u200b"), printable("Caf\\u00e9 \\u05d0")
    ('\\\\u200b', 'Café א')
    """
    pattern = _LINES if lines else _ONE_LINE
    if lines:
        text = text.replace("\r\n", "\n")
    if text and not (text[0].isalnum() and _SHOWS.match(text)) and not visible(text):
        return "".join(char if char == " " else _escape(char) for char in text)
    return pattern.sub(lambda found: _escape(found[0]), text)


_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def markup(text: str) -> str:
    """*text* as HTML or SVG text or an attribute's value: `printable` (line
    breaks kept, as markup folds them), then ``& < > " '`` escaped as
    `html.escape` escapes them.

    >>> markup('<b>"A" & B</b>\\x1b[2J')
    '&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;\\\\x1b[2J'
    """
    return printable(text, lines=True).translate(_MARKUP)


def json_text(value: Any, *, indent: int | None = None) -> str:
    """*value* as JSON text (UTF-8 characters as they are) in which no string
    holds a raw control, bidi control, line separator or lone surrogate:
    each is a ``\\u`` escape, so the text reads back to *value* exactly.

    >>> json_text({"name": "A\\u202e\\x85\\ud800"})
    '{"name": "A\\\\u202e\\\\u0085\\\\ud800"}'
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON.sub(lambda found: f"\\u{ord(found[0]):04x}", text)
