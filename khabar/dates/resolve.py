"""Resolving date hits to ISO values against the publication date.

Values are ISO 8601: a day "2024-06-15", a month "2024-06", a year "2024", a week
"2024-W24". Without a publication date only self-contained expressions resolve
(15 जून 2024, जून 2024, 2024); relative ones (आज, कल, शनिवार, पिछले साल, 15 जून)
get None.

Rules:
- आज = the publication day; कल / परसों = one / two days before it, or after it when the
  clause is in the future tense (कल बैठक होगी);
- a bare weekday is the most recent such day on or before the publication date, or the
  next one on or after it in a future-tense clause; पिछले/बीते/गत शनिवार is strictly
  before, अगले/आगामी शनिवार strictly after, इस शनिवार follows the tense;
- a day and month without a year take the year that puts them nearest the
  publication date;
- पिछले/इस/अगले साल · महीने · सप्ताह shift the publication year / month / ISO week;
- "N दिन/सप्ताह पहले/बाद" shift by days, "N महीने/साल पहले/बाद" by months / years.
"""

from __future__ import annotations

import datetime
import re

from khabar.amounts.patterns import LETTER
from khabar.dates.finder import DateHit

# future tense: -एगा/-ेगी/-ेंगे/-ोगे/-ूंगा … (not लगा/लगी/आगे), "होने वाला", "करने जा रहे"
FUTURE_RE = re.compile(
    rf"(?:[\u0947\u094b\u0942\u0948\u090f\u0913][\u0901\u0902]?ग[\u093e\u0940\u0947](?![{LETTER}]))"
    r"|(?:ने[ \t]+(?:वा(?:ला|ली|ले)|जा[ \t]+रह[ाीे]))"
)
_SENTENCE_END_RE = re.compile(r"[।!?\n]|\.(?:\s|$)")


def parse_published(published: str | None) -> datetime.date | None:
    """The publication date from ``Meta.published`` (YYYY-MM-DD…), or None."""
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", published.strip())
    if m is None:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def is_future(text: str, pos: int, limit: int = 240) -> bool:
    """Whether the clause from ``pos`` to the end of its sentence is in the future tense."""
    end = min(len(text), pos + limit)
    m = _SENTENCE_END_RE.search(text, pos, end)
    if m is not None:
        end = m.start()
    return FUTURE_RE.search(text, pos, end) is not None


def resolve(hit: DateHit, pub: datetime.date | None, future: bool = False) -> str | None:
    """ISO value of a hit, or None when it cannot be resolved."""
    k = hit.kind
    if k == "numeric" and hit.year and hit.month and hit.day:
        return datetime.date(hit.year, hit.month, hit.day).isoformat()
    if k == "daymonth" and hit.month and hit.day:
        if hit.year:
            return _iso(hit.year, hit.month, hit.day)
        if pub is None:
            return None
        best: datetime.date | None = None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                d = datetime.date(y, hit.month, hit.day)
            except ValueError:
                continue
            if best is None or abs((d - pub).days) < abs((best - pub).days):
                best = d
        return best.isoformat() if best else None
    if k == "monthyear" and hit.year and hit.month:
        return f"{hit.year:04d}-{hit.month:02d}"
    if k == "year" and hit.year:
        return f"{hit.year:04d}"
    if pub is None:
        return None
    if k == "month" and hit.month:
        y = pub.year
        # the nearest such month: "दिसंबर में" read in January is last December
        if hit.month - pub.month > 6:
            y -= 1
        elif pub.month - hit.month > 6:
            y += 1
        return f"{y:04d}-{hit.month:02d}"
    if k == "dayofmonth" and hit.day:
        # the latest such day not after publication ("26 की सुबह" read on 2 May: 26 April)
        y, mo = pub.year, pub.month
        for _ in range(3):
            iso = _iso(y, mo, hit.day)
            if iso is not None and iso <= pub.isoformat():
                return iso
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return None
    if k == "day":
        days = hit.offset if (future or hit.offset == 0) else -hit.offset
        return (pub + datetime.timedelta(days=days)).isoformat()
    if k == "weekday" and hit.weekday is not None:
        return _weekday(pub, hit.weekday, hit.modifier, future).isoformat()
    if k in ("period", "ago") and hit.period:
        return _shift(pub, hit.period, hit.offset, k == "ago")
    return None


def _iso(y: int, mo: int, d: int) -> str | None:
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _weekday(pub: datetime.date, wd: int, modifier: int | None, future: bool) -> datetime.date:
    back = (pub.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
    ahead = (wd - pub.weekday()) % 7
    if modifier is not None and modifier < 0:
        return pub - datetime.timedelta(days=back or 7)
    if modifier is not None and modifier > 0:
        return pub + datetime.timedelta(days=ahead or 7)
    if future:
        return pub + datetime.timedelta(days=ahead)
    return pub - datetime.timedelta(days=back)


def _shift(pub: datetime.date, period: str, n: int, exact_day: bool) -> str:
    if period == "year":
        return f"{pub.year + n:04d}"
    if period == "month":
        m = pub.year * 12 + (pub.month - 1) + n
        return f"{m // 12:04d}-{m % 12 + 1:02d}"
    if period == "week":
        d = pub + datetime.timedelta(weeks=n)
        if exact_day:
            return d.isoformat()
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return (pub + datetime.timedelta(days=n)).isoformat()
