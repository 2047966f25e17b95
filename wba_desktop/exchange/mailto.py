"""E-mail to a list: ``mailto:`` links with the addresses in BCC, in batches.

Mail programs and browsers refuse links of more than about 2,000 characters, so
the addresses are split into batches whose full URL stays below ``limit``. Outlook
on German Windows separates addresses with ``;`` (the default); RFC 6068 uses ``,``.
Only addresses go into the link (names with umlauts stay out); addresses, subject
and body are percent-encoded as UTF-8 (RFC 3986/6068: space as ``%20``, line
breaks as ``%0D%0A``). Addresses are deduplicated without regard to case; the
first spelling wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from wba_desktop.i18n import _

DEFAULT_LIMIT = 2000
SEPARATORS = (";", ",")
#: Characters of an address that may stay as they are in the query of a mailto URL
#: ("+" is encoded: some handlers read a bare "+" as a space, as in web forms).
_ADDRESS_SAFE = "@.!$'*-_~"


class MailtoTooLong(ValueError):
    """Subject and body leave no room for even one address."""

    def __init__(self) -> None:
        super().__init__(
            "Betreff und Text sind zu lang für einen E-Mail-Link. Bitte kürzen oder "
            "die Adressen kopieren und in eine neue E-Mail einfügen."
        )


@dataclass(frozen=True)
class MailBatch:
    """One link to open; ``addresses`` are the BCC recipients it carries."""

    url: str
    addresses: list[str]


def unique_addresses(addresses: Iterable[str | tuple[str, str]]) -> list[str]:
    """Addresses (or ``(name, address)`` pairs) stripped, without blanks and without
    case-insensitive duplicates, in their first order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in addresses:
        raw = item[1] if isinstance(item, tuple) else item
        address = (raw or "").strip()
        if address and address.lower() not in seen:
            seen.add(address.lower())
            out.append(address)
    return out


def _encode_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(text, safe="")


def _encode_address(address: str) -> str:
    return quote(address, safe=_ADDRESS_SAFE)


def mailto_batches(
    addresses: Iterable[str | tuple[str, str]],
    separator: str = ";",
    subject: str = "",
    body: str = "",
    limit: int = DEFAULT_LIMIT,
    sender: str = "",
) -> list[MailBatch]:
    """Links ``mailto:[sender]?bcc=a;b;…[&subject=…][&body=…]``, each shorter than
    ``limit`` characters. ``sender`` (the user's own address) goes into To, so that
    mail programs that want a recipient are content; it is not repeated in BCC."""
    if separator not in SEPARATORS:
        raise ValueError(
            _("Trennzeichen: ; oder , (nicht {separator!r})").format(separator=separator)
        )
    own = sender.strip()
    recipients = [a for a in unique_addresses(addresses) if a.lower() != own.lower()]
    head = f"mailto:{_encode_address(own)}?bcc="
    tail = ""
    if subject:
        tail += f"&subject={_encode_text(subject)}"
    if body:
        tail += f"&body={_encode_text(body)}"
    room = limit - 1 - len(head) - len(tail)  # "below the limit": at most limit - 1

    batches: list[MailBatch] = []
    parts: list[str] = []
    chosen: list[str] = []
    used = 0
    for address in recipients:
        encoded = _encode_address(address)
        extra = len(encoded) + (len(separator) if parts else 0)
        if parts and used + extra > room:
            batches.append(MailBatch(head + separator.join(parts) + tail, chosen))
            parts, chosen, used = [], [], 0
            extra = len(encoded)
        if extra > room:
            raise MailtoTooLong()
        parts.append(encoded)
        chosen.append(address)
        used += extra
    if parts:
        batches.append(MailBatch(head + separator.join(parts) + tail, chosen))
    return batches


def address_text(addresses: Iterable[str | tuple[str, str]], separator: str = ";") -> str:
    """All addresses for the clipboard, e.g. ``a@x.de; b@y.de`` (paste into BCC)."""
    return f"{separator} ".join(unique_addresses(addresses))


def mailto_link(to: str = "", subject: str = "", body: str = "") -> str:
    """One e-mail to one recipient: ``mailto:ADDRESS?subject=…&body=…`` (the address
    may be empty: the mail program then asks for it)."""
    query = []
    if subject:
        query.append(f"subject={_encode_text(subject)}")
    if body:
        query.append(f"body={_encode_text(body)}")
    url = f"mailto:{_encode_address(to.strip())}"
    return f"{url}?{'&'.join(query)}" if query else url
