"""The one XML entry point of the readers: defusedxml, so a file cannot expand entities
(billion laughs), reach external entities or DTDs over the network, or declare any entity.

A DOCTYPE without entity declarations (XHTML hOCR names its DTD) is allowed; the DTD is never
fetched. Every failure is one :class:`PageError` line naming the file.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as safe_et

from desktop.core.errors import PageError, Template

XML_ENTITIES = Template(
    "declares XML entities, which are refused (an entity-expansion "
    "or external-entity attack, or not OCR output)"
)
XML_EXTERNAL = Template("refers to an external XML resource, which is refused")
XML_UNSAFE = Template("is refused as unsafe XML ({kind})")
XML_MALFORMED = Template(
    "is not well-formed XML ({reason} at line {line}, column {column}); is it truncated?"
)
XML_UNREADABLE = Template("is not readable XML ({reason})")


def parse_xml(data: bytes | str, name: str) -> Element:
    """The root element of ``data``; PageError for malformed or hostile XML."""
    try:
        root: Element = safe_et.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
        return root
    except defusedxml.EntitiesForbidden:
        raise PageError(name, XML_ENTITIES) from None
    except defusedxml.ExternalReferenceForbidden:
        raise PageError(name, XML_EXTERNAL) from None
    except defusedxml.DefusedXmlException as exc:
        raise PageError(name, XML_UNSAFE(kind=type(exc).__name__)) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise PageError(
            name, XML_MALFORMED(reason=_reason(exc), line=line, column=column)
        ) from None
    except (ValueError, RecursionError) as exc:
        raise PageError(name, XML_UNREADABLE(reason=str(exc))) from None


def local(tag: str) -> str:
    """An element's name without its namespace (ALTO v2-v4 and PAGE versions differ only there)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _reason(exc: ParseError) -> str:
    text = str(exc).split(":", 1)[0]
    return text or "syntax error"
