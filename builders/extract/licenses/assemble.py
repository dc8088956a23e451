"""Claims settled into licenses and collaborations.

:func:`assemble` folds a filing's claims into one :class:`~builders.model.License` per licensor,
licensee and asset, with its dated events and status ("X granted Y a license to P in 2019" and "Y
returned the rights to P in 2022": one license, Terminated); a guessed direction yields to a stated
one, and claims with no asset or no direction become collaborations.
"""

from __future__ import annotations

from ...model import Collaboration, EventType, Fact, License, LicenseEvent, PartialDate, Ref
from .core import Claim


def assemble(claims: list[Claim], facts: list[Fact], dated: list[tuple[frozenset[Ref], PartialDate]] = ()) -> tuple[list[License], list[Collaboration]]:
    """Fold claims into licenses (one per licensor, licensee, asset) and collaborations; ``dated``
    are the dated agreements the filing lists, which make a start date as exact as they are."""
    licenses: dict[tuple[Ref, Ref, Ref], License] = {}
    loose: list[Claim] = []
    # A guessed direction yields to a stated one; one that agrees with a stated ending still dates the grant.
    stated = {(c.licensor, c.licensee, c.asset, c.event is EventType.GRANT) for c in claims if not c.weak and c.ordered}
    claims = [c for c in claims if not (c.weak and ((c.licensee, c.licensor, c.asset, True) in stated or (c.licensee, c.licensor, c.asset, False) in stated
                                                    or (c.licensor, c.licensee, c.asset, True) in stated))]
    claims = [c for c in claims if not (c.weak and _stated_the_other_way(c, stated))]
    # "a license agreement with X for P" guesses X licensed P; a paragraph that says who is paid or whose P is
    # tells the direction: the guess yields to the cue
    cued = {(c.licensor, c.licensee, c.asset) for c in claims if c.cued}
    claims = [c for c in claims if not (c.weak and not c.cued and (c.licensee, c.licensor, c.asset) in cued)]
    for claim in sorted(claims, key=lambda c: (c.event is not EventType.GRANT, c.evidence)):
        if claim.licensor is None or claim.licensee is None or claim.licensor == claim.licensee:
            continue
        if not claim.ordered or claim.asset is None:
            loose.append(claim)
            continue
        key = (claim.licensor, claim.licensee, claim.asset)
        if claim.event is not EventType.GRANT and key not in licenses:
            key = _predecessor_license(key, licenses, facts) or key
        license_ = licenses.get(key) or License(*key)
        licenses[key] = license_
        _apply(license_, claim)
    collaborations = []
    for claim in loose:
        target = _license_between(claim, licenses)
        if target is not None:
            _apply(target, claim)
        elif claim.event is EventType.GRANT or claim.event is EventType.TERMINATION:
            collab = Collaboration(parties=[claim.licensor, claim.licensee], kind="license" if claim.event is EventType.GRANT else "agreement", evidence=[claim.evidence])
            if claim.event is EventType.TERMINATION:
                collab.status = "Expired" if claim.expired else "Terminated"
                collab.terminated = claim.date
            collaborations.append(collab)
    for license_ in licenses.values():
        _settle(license_)
        license_.effective = _exact_start(license_, dated)
    return list(licenses.values()), collaborations


def _stated_the_other_way(claim: Claim, stated: set) -> bool:
    """A paragraph's guess that A licensed P to B, where a sentence says B granted A a license of no
    named asset and none says A granted B anything: the guess read the direction from whose P is, and
    the agreement licenses B's patents on A's compound ("Y desires to obtain from X, and X is willing to
    grant to Y, an exclusive license under such X patent rights"). Say nothing rather than the wrong way."""
    back = (claim.licensee, claim.licensor, None, True) in stated
    forth = any(lr == claim.licensor and le == claim.licensee for lr, le, _a, _g in stated)
    return back and not forth


def _exact_start(license_: License, dated) -> PartialDate | None:
    """The one dated agreement between the two parties that agrees with what the prose says ("In
    August 2020") gives the day; with no date in the prose, the one such agreement does."""
    parties = {license_.licensor, license_.licensee}
    days = {d for between, d in dated if parties <= between}
    fitting = {d for d in days if d.refines(license_.effective)} if license_.effective else days
    return fitting.pop() if len(fitting) == 1 else license_.effective


def _predecessor_license(key, licenses, facts: list[Fact]):
    """Rights returned by (or to) a successor end the license its predecessor was party to."""
    licensor, licensee, asset_ = key
    succeeded = {}
    for f in facts:
        if f.prop == "succeededBy":
            succeeded.setdefault(f.value, set()).add(f.subject)
    licensors = {licensor} | succeeded.get(licensor, set())
    licensees = {licensee} | succeeded.get(licensee, set())
    for (lr, le, a) in licenses:
        if a == asset_ and lr in licensors and le in licensees:
            return (lr, le, a)
    return None


def _license_between(claim: Claim, licenses: dict) -> License | None:
    parties = {claim.licensor, claim.licensee}
    matches = [lic for (lr, le, a), lic in licenses.items() if {lr, le} == parties and (claim.asset in (None, a))]
    return matches[0] if len(matches) == 1 else None


def _apply(license_: License, claim: Claim) -> None:
    if claim.evidence not in license_.evidence:
        license_.evidence.append(claim.evidence)
    event_type = claim.event
    if claim.expired:
        license_.status = "Expired"
    if claim.territory and not license_.territory:
        license_.territory = claim.territory
    license_.scopes |= claim.scopes
    if claim.exclusive is not None and license_.exclusive is None:
        license_.exclusive = claim.exclusive
    for attr in ("upfront", "milestones", "royalties"):
        if getattr(claim, attr) and not getattr(license_, attr):
            setattr(license_, attr, getattr(claim, attr))
    event = LicenseEvent(event_type, claim.date, claim.evidence)
    if not any(e.type == event.type and e.date == event.date for e in license_.events):
        license_.events.append(event)


def _settle(license_: License) -> None:
    """Status and dates from the events: the latest ending wins, the earliest grant starts."""
    license_.events.sort(key=lambda e: (e.date.sort_key() if e.date else (9999, 12, 31), e.type.value))
    grants = [e for e in license_.events if e.type in (EventType.GRANT, EventType.OPTION_EXERCISE) and e.date]
    endings = [e for e in license_.events if e.type in (EventType.TERMINATION, EventType.RIGHTS_RETURNED)]
    if grants:
        # The earliest start, as exactly as any statement of it gives it ("2007" and "August 10, 2007").
        first = grants[0].date
        license_.effective = max((e.date for e in grants if e.date.refines(first)), key=lambda d: d.precision)
    if endings:
        if license_.status != "Expired":
            license_.status = "Terminated"
        dated = [e.date for e in endings if e.date]
        license_.terminated = max(dated, key=PartialDate.sort_key) if dated else None
