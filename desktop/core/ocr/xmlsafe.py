"""The one XML entry point of the readers: defusedxml, so a file cannot expand entities
(billion laughs), reach external entities or DTDs over the network, or declare any entity.

A DOCTYPE without entity declarations (XHTML hOCR names its DTD) is allowed; the DTD is never
fetched. Every failure is one :class:`PageError` line naming the file.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as safe_et

from desktop.core.errors import PageError


def parse_xml(data: bytes | str, name: str) -> Element:
    """The root element of ``data``; PageError for malformed or hostile XML."""
    try:
        root: Element = safe_et.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
        return root
    except defusedxml.EntitiesForbidden:
        raise PageError(
            name,
            "declares XML entities, which are refused (an entity-expansion "
            "or external-entity attack, or not OCR output)",
        ) from None
    except defusedxml.ExternalReferenceForbidden:
        raise PageError(name, "refers to an external XML resource, which is refused") from None
    except defusedxml.DefusedXmlException as exc:
        raise PageError(name, f"is refused as unsafe XML ({type(exc).__name__})") from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise PageError(
            name,
            f"is not well-formed XML ({_reason(exc)} at line {line}, "
            f"column {column}); is it truncated?",
        ) from None
    except (ValueError, RecursionError) as exc:
        raise PageError(name, f"is not readable XML ({exc})") from None


def local(tag: str) -> str:
    """An element's name without its namespace (ALTO v2-v4 and PAGE versions differ only there)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _reason(exc: ParseError) -> str:
    text = str(exc).split(":", 1)[0]
    return text or "syntax error"
