"""Bodies that are HTML (or XML-like markup): detect them, and extract their text.

Scrapers sometimes publish a page's markup instead of its text. The coder would read tags,
attributes and scripts as prose, so such a body is turned into text first: selectolax
(Lexbor, an HTML5 parser) drops scripts, styles and comments and decodes entities; block
elements become paragraph breaks, and runs of whitespace inside a paragraph one space, so the
segmenter sees paragraphs and sentences as a reader of the page would. Offsets of sentences
and events then refer to this text, and the events say so (`text_basis="html_text"`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

#: Tags that start a new paragraph of text (and `br`, which starts a new line).
BLOCK_TAGS = (
    "address,article,aside,blockquote,br,caption,dd,details,div,dl,dt,fieldset,figcaption,"
    "figure,footer,form,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,summary,"
    "table,td,th,title,tr,ul"
)
#: Elements whose content is not text a reader sees.
HIDDEN_TAGS = ["script", "style", "noscript", "template", "svg", "head"]
#: How many tags make a body markup: one `<b>` in prose is not a page.
MIN_TAGS = 2
_HTML_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|caption|code|dd|div|dl|dt|em|figcaption|figure|"
    "footer|h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|"
    "p|pre|script|section|small|span|strong|style|sub|sup|table|tbody|td|th|thead|time|title|"
    "tr|u|ul"
)
# An HTML tag by name, or any closing tag, a comment, a doctype or an XML declaration. Each
# match attempt stops at the next `<` or `>` (and after 1,000 characters), so a body of
# unclosed `<` characters is scanned once.
_TAG = re.compile(
    rf"<(?:/?(?:{_HTML_TAG_NAMES})(?=[\s/>])|/[^\W\d][\w:.-]{{0,64}}\s*>|!--|!doctype|\?xml)"
    r"[^<>]{0,1000}>?",
    re.IGNORECASE,
)
# Start and end tags of the elements whose start tag makes an HTML5 parser look down the whole
# stack of open elements (to close a `p` in "button scope"): nested without end, they make
# parsing quadratic in the depth (Lexbor: 33,000 nested `<div>`, 2.3 s). Elements that the
# parser closes by itself (`p`, `li`, `td`, ...) do not nest, so they are not counted.
_NESTING_TAG = re.compile(
    r"<(/?)(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|"
    r"figcaption|figure|footer|form|header|hgroup|main|menu|nav|ol|search|section|summary|ul)"
    r"(?=[\s/>])",
    re.IGNORECASE,
)
#: Deepest nesting of those elements read as a page; deeper markup is not a news article.
MAX_DEPTH = 1_000
_SPACE_RUN = re.compile(r"\s+")
# U+2029 PARAGRAPH SEPARATOR marks the block boundaries inserted before extraction.
_BLOCK_MARK = "\u2029"


def looks_like_markup(body: str) -> bool:
    """Whether `body` holds at least MIN_TAGS HTML tags (or closing tags, comments, a doctype
    or an XML declaration): a page, not prose that mentions `a < b`."""
    found = 0
    for _match in _TAG.finditer(body):
        found += 1
        if found >= MIN_TAGS:
            return True
    return False


def nesting_depth(body: str) -> int:
    """The deepest nesting of block elements that the parser would have to look through
    (an upper bound: end tags in comments or scripts are not told apart)."""
    depth = deepest = 0
    for match in _NESTING_TAG.finditer(body):
        if match.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def markup_to_text(body: str) -> str:
    """The text of an HTML body: paragraphs separated by blank lines, whitespace collapsed."""
    tree = LexborHTMLParser(body)
    tree.strip_tags(HIDDEN_TAGS)
    for node in tree.css(BLOCK_TAGS):
        node.insert_before(_BLOCK_MARK)
        node.insert_after(_BLOCK_MARK)
    root = tree.root
    text = root.text(deep=True, separator="") if root is not None else ""
    paragraphs = (_SPACE_RUN.sub(" ", part).strip() for part in text.split(_BLOCK_MARK))
    return "\n\n".join(part for part in paragraphs if part)
