"""A whole web page flattened to plain text, junk included, as a naive scraper gives it.

The article-extraction development pages (``../shared/data/article-extraction-dev``)
carry their HTML; the plain-text cleaner is measured on the page as a scraper that
kept everything would have saved it: every visible text of the page, one line per
block element (paragraph, heading, list item, table cell, div...), inline elements
joined into their block, whitespace collapsed. Scripts, styles and the ``<head>``
are not text a reader sees and are left out. A page whose ``flat_text`` field is
filled keeps that text: this flattening is only used where the field is empty.
"""

from __future__ import annotations

import re

from lxml import etree, html

#: Elements whose text is not visible page text.
_INVISIBLE = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
    "canvas", "math", "select", "option",
})
#: Elements that start a new line (HTML block and line-breaking elements).
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption",
    "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "input",
    "label", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "time",
})
_SPACE = re.compile(r"\s+")


def flatten_html(page: str | bytes) -> str:
    """Every visible text of ``page``, one line per block, empty lines dropped."""
    if isinstance(page, bytes):
        from trafilatura.utils import decode_file  # charset from headers, meta or guess

        page = decode_file(page)
    try:
        root = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in _INVISIBLE or not isinstance(node.tag, str):
            if node.tail:  # the text after a script or a comment is visible
                parts.append(node.tail)
            return
        block = tag.lower() in _BLOCK
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(root)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
