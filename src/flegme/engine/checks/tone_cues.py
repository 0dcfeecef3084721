"""Pattern cues of the tone checker: shouted runs, absolute accusations, named targets."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from flegme.engine.text import Document, Span, fold
from flegme.pattern_cache import compile_re

# Stdlib `re` throughout (Latin capitals spelt out): it scans a 3 KB paragraph several times
# faster than `regex` with \p{..} classes and variable lookbehinds.
_UPPER = "A-ZÀ-ÖØ-ÞŒŸ"
_LOWER = "a-zß-öø-ÿœ"
# Capital words of two letters or more (boundaries checked in Python: matches are rare);
# runs of them joined by blanks, commas or hyphens.
_CAPS_RE = compile_re(rf"[{_UPPER}]{{2,}}")
_RUN_GAP = frozenset(" \t\u00a0\u202f,'’-")
_VOWELS = frozenset("aeiouy")
# Sentence punctuation: an accusation's subject never lies across it.
_STOPS = frozenset(".!?;:\n…")
# A named target: an @handle, or capitalised words ("Crédit Rouergat", "SpeedyCycles").
_CAMEL = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*"
_NAME_RE = compile_re(rf"@\w+|{_CAMEL}(?:[ \u00a0-](?:&[ \u00a0])?{_CAMEL})*")
_NOT_BEFORE_NAME = frozenset("#@/.&'’-_")
_OPENERS = frozenset(".!?:;\n\"“«(—–-•*>")
# Exasperated one-word sentences: "Again." "Seriously?" "Encore une fois." "Do better."
_EXASPERATION_RE = compile_re(
    r"\b(?:yet again|once again|again|seriously|really|no kidding|unbelievable"
    r"|encore une fois|encore|serieusement|vraiment|sans blague|do better|faites mieux"
    r"|grow up)\s?[.?…]+"
)
_EXASPERATION_HINT = frozenset(
    "again seriously really kidding unbelievable encore serieusement vraiment blague better "
    "mieux grow".split()
)


def shouted_runs(text: str, not_shouting: frozenset[str],
                 shout_words: frozenset[str]) -> Iterator[Span]:
    """Runs of capitalised words that read as shouting; acronyms alone are not.

    A word of five letters or more shouts unless it is a known acronym; a word of three or
    four letters shouts only when it is a common word ("NOT", "STOP", "NULS"): short capital
    words are mostly acronyms ("CRM", "SNCF"), and two-letter ones only join a run.
    """
    run: list[tuple[int, int, bool, bool]] = []  # start, end, shouts, acronym
    size = len(text)
    for m in _CAPS_RE.finditer(text):
        start, end = m.span()
        if (start and text[start - 1].isalnum()) or (end < size and text[end].isalnum()):
            continue  # part of a mixed-case word ("McDONALD", "iPHONE")
        word = fold(m.group())
        acronym = word in not_shouting or not _VOWELS.intersection(word)
        shout = not acronym and (len(word) >= 5 or (len(word) >= 3 and word in shout_words))
        if run and not all(c in _RUN_GAP for c in text[run[-1][1]:start]):
            yield from _flush(run)
            run = []
        run.append((start, end, shout, acronym))
    yield from _flush(run)


def _flush(run: list[tuple[int, int, bool, bool]]) -> Iterator[Span]:
    """A run that holds a shouted word, without the acronyms at either end."""
    if any(shout for _, _, shout, _ in run):
        words = [(s, e) for s, e, _, acronym in run if not acronym]
        yield Span(words[0][0], words[-1][1])


def absolute_accusations(part: Document, norms: Sequence[str], absolutes: frozenset[str],
                         first_person: frozenset[str], other_person: frozenset[str],
                         accusing: frozenset[str],
                         own_subjects: frozenset[str] = frozenset()) -> Iterator[Span]:
    """'They never answer', 'vous ne répondez jamais': an absolute aimed at someone else.

    The leftmost person word of the same sentence in the four words before the absolute is
    its subject: a first person ("we have never...") is no accusation, a second or third
    person is. With no subject in sight, an accusing verb next to it ("never listens") is.
    Some absolutes are their own subject ("nobody there..."): aimed at others unless a first
    person follows at once.
    """
    words = part.words
    text = part.text
    for i, norm in enumerate(norms):
        if norm not in absolutes:
            continue
        if norm in own_subjects:  # "nobody in that team..." unless "nobody on our team"
            if not any(w in first_person for w in norms[i + 1:i + 4]):
                yield Span(words[i].start, words[i].end)
            continue
        back: list[str] = []
        j = i - 1
        while j >= 0 and len(back) < 4:
            if any(c in _STOPS for c in text[words[j].end:words[j + 1].start]):
                break
            back.append(norms[j])
            j -= 1
        back.reverse()
        subject = next((w for w in back if w in first_person or w in other_person), None)
        if subject is not None:
            if subject in other_person:
                yield Span(words[i].start, words[i].end)
            continue
        near = [*back[-2:], *norms[i + 1:i + 3]]
        if any(w in accusing for w in near):
            yield Span(words[i].start, words[i].end)


def named_targets(text: str, not_names: frozenset[str], limit: int = 3) -> list[Span]:
    """People or companies named in `text`: @handles and capitalised names; a capital that
    merely starts a sentence names nobody ("Since October" -> "October", then dropped as a
    month), unless the word is CamelCase ("SpeedyCycles")."""
    found: list[Span] = []
    seen: set[str] = set()
    size = len(text)
    for m in _NAME_RE.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE_NAME):
            continue  # inside a word, a hashtag, a handle or a link
        if end < size and (text[end].isalnum() or text[end] in "'’"):
            continue
        name = m.group()
        if fold(name).lstrip("@") in not_names:
            continue
        if not name.startswith("@"):
            before = text[max(0, start - 120):start].rstrip(" \t\u00a0\"“«'’")
            last = before.rsplit(None, 1)[-1] if before.strip() else ""  # "\n" alone: no word
            if not before or before[-1] in _OPENERS or "://" in last or "www." in last:
                # a sentence starts here: its first capital says nothing, unless CamelCase
                first = name.split(None, 1)
                if len(first) == 2 and not any(c.isupper() for c in first[0][1:]):
                    start = end - len(first[1])
                    name = first[1]
                elif not any(c.isupper() for c in name[1:]):
                    continue
        key = fold(name).lstrip("@")
        if key in not_names or key in seen or key.split()[0] in not_names:
            continue
        seen.add(key)
        found.append(Span(start, end))
        if len(found) >= limit:
            break
    return found


# An open-letter rebuke: "To the recruiter who...", "Aux élus qui..." (folded text).
_ADDRESSED_RE = compile_re(
    r"\b(?:to|dear|a|aux?|cheres?|chers?)\s+(?:the\s+|those\s+|all\s+the\s+|la\s+|le\s+|les\s+"
    r"|l'|ces\s+)?\w+(?:\s\w+)?\s+(?:who|that|qui)\b"
)


def addressed_targets(folded: str) -> Iterator[Span]:
    """Someone addressed at the start of a sentence: "To the landlord who...", "Aux
    fournisseurs qui..." (a rebuke aimed at a person who is not named)."""
    if " who " not in folded and " that " not in folded and " qui " not in folded:
        return
    for m in _ADDRESSED_RE.finditer(folded):
        start = m.start()
        before = folded[max(0, start - 8):start].rstrip(" \t\u00a0")
        if (before[-1] in ".!?…:\n" if before else start <= 8):
            yield Span(start, m.end())


def first_target_word(part: Document, norms: Sequence[str],
                      targets: frozenset[str]) -> Span | None:
    """The first word naming an organisation type ("the bank", "nos concurrents")."""
    if targets.isdisjoint(norms):
        return None
    i = next(i for i, n in enumerate(norms) if n in targets)
    return Span(part.words[i].start, part.words[i].end)


def exasperations(folded: str, norms: Sequence[str]) -> Iterator[Span]:
    """Exasperated one-word sentences ("Again.", "Sérieusement ?") in folded text."""
    if _EXASPERATION_HINT.isdisjoint(norms):
        return
    for m in _EXASPERATION_RE.finditer(folded):
        start = m.start()
        before = folded[max(0, start - 8):start].rstrip(" \t\u00a0")
        if (before[-1] in ".!?…\n") if before else start <= 8:  # it is a whole sentence
            yield Span(start, m.end())


# A quotation: someone else's words between double quotes or guillemets, four words or more
# (shorter ones are scare quotes, "a 'renovation'", which are the writer's own sneer).
_QUOTATION_RE = compile_re(r"[\"“«]([^\"“”«»\n]{3,600}?)[\"”»]")
QUOTED_WORDS = 4


def quotations(text: str) -> list[Span]:
    """Spans of quoted speech in `text` (quotes included): a customer's complaint or a
    critic's words that the post reports ("'Six hours on a trolley,' a patient wrote")."""
    if not any(q in text for q in "\"“«"):
        return []
    return [Span(m.start(), m.end()) for m in _QUOTATION_RE.finditer(text)
            if len(m.group(1).split()) >= QUOTED_WORDS]


def inside(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `spans`."""
    return any(s.start <= start and end <= s.end for s in spans)
