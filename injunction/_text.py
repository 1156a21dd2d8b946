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

__all__ = ["json_text", "markup", "printable", "visible"]

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 but tab, line feed and carriage return; DEL; C1
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_OTHERS = "\u2028\u2029\ud800-\udfff"  # line and paragraph separators; lone surrogates
_ONE_LINE = re.compile(f"[\t\n\r{_CONTROLS}{_BIDI}{_OTHERS}]")
# Where text may span lines, a tab and a line break stay (\r\n is a line break too).
_LINES = re.compile(f"\r(?!\n)|[{_CONTROLS}{_BIDI}{_OTHERS}]")
# In JSON text the C0 controls are escaped already (json.dumps always does).
_JSON = re.compile(f"[\x7f-\x9f{_BIDI}{_OTHERS}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# Letters and symbols that show nothing (Hangul fillers, the blank Braille pattern).
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _escape(char: str) -> str:
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str) -> bool:
    """Whether *text* shows anything: a letter, digit, punctuation mark or
    symbol, not only white space, controls, format characters (zero-width
    space, joiners, bidi controls) and combining marks.

    >>> visible("Acme Corp."), visible("\\u200b"), visible(" \\u2060\\t")
    (True, False, False)
    """
    import unicodedata  # a C module, loaded on first use

    category = unicodedata.category
    return any(category(char)[0] in "LNPS" and char not in _BLANK for char in text)


def printable(text: str, *, lines: bool = False) -> str:
    """*text* safe to show at a terminal, in a log or in a viewer: each
    control, bidi control, line separator and lone surrogate written as its
    escape, on one line (with *lines*, tabs and line breaks stay); text with
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
    if text and (text[0] in _BLANK or not text[0].isalnum()) and not visible(text):
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
