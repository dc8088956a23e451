"""Resolve stage: one node per real entity across filings, and license histories across filings."""

from __future__ import annotations

from builders.model import (
    Document,
    EventType,
    Evidence,
    Extraction,
    Fact,
    Filing,
    Kind,
    License,
    LicenseEvent,
    Mention,
    PartialDate,
    Ref,
)
from builders.pipeline import build_graph
from builders.resolve import resolve

from .conftest import ABVC, SEED

EV = Evidence(1, 0, 4, "text")


def filing(accession: str, filed: PartialDate) -> Filing:
    return Filing(source=f"{accession}.txt", sha256=accession.replace("-", "") * 3, documents=[Document(1, "8-K", "text")], accession=accession, filed=filed)


def org(ext: Extraction, name: str, cik: str | None = None, aliases=()) -> Ref:
    ref = Ref(Kind.ORG, name.lower())
    ext.mentions[ref] = Mention(Kind.ORG, ref.key, name, set(aliases), [EV], cik=cik)
    return ref


def product(ext: Extraction, name: str) -> Ref:
    ref = Ref(Kind.PRODUCT, name.lower())
    ext.mentions[ref] = Mention(Kind.PRODUCT, ref.key, name, set(), [EV])
    return ref


def license_(ext, licensor, licensee, asset, event, date) -> License:
    lic = License(licensor, licensee, asset, events=[LicenseEvent(event, date, EV)], evidence=[EV])
    ext.licenses.append(lic)
    return lic


def test_a_later_filing_closes_the_license_an_earlier_one_opened_through_a_successor():
    early = Extraction(filing("0000000001-99-000001", PartialDate(1999, 6, 1)))
    lr, le, p = org(early, "Acme Bio, Inc."), org(early, "Old Pharma"), product(early, "examplumab")
    license_(early, lr, le, p, EventType.GRANT, PartialDate(1999))
    later = Extraction(filing("0000000001-03-000002", PartialDate(2003, 1, 24)))
    lr2, new, p2, old = org(later, "Acme Bio", aliases=["Acme"]), org(later, "New Pharma plc"), product(later, "Examplumab"), org(later, "Old Pharma")
    later.facts.append(Fact(old, "succeededBy", new, EV))
    license_(later, lr2, new, p2, EventType.RIGHTS_RETURNED, PartialDate(2003, 1, 24))

    res = resolve([later, early])  # order of input does not matter
    assert len(res.licenses) == 1
    lic = res.licenses[0]
    assert res.entities[lic.licensee].label == "Old Pharma"
    assert [(e.type, str(e.date), e.filing_id) for e in lic.events] == [
        (EventType.GRANT, "1999", "0000000001-99-000001"),
        (EventType.RIGHTS_RETURNED, "2003-01-24", "0000000001-03-000002"),
    ]
    assert (lic.status, lic.status_source) == ("Terminated", "0000000001-03-000002")
    assert (str(lic.effective), lic.effective_source) == ("1999", "0000000001-99-000001")
    assert str(lic.terminated) == "2003-01-24"
    # The licensor is one entity although the filings name it differently.
    assert res.ref_iri(early.filing.filing_id, lr) == res.ref_iri(later.filing.filing_id, lr2)
    assert any(m.label == "Acme Bio, Inc." and len(m.filings) == 2 for m in res.merges)


def test_same_cik_joins_different_names_and_different_ciks_never_join():
    a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
    b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
    c = Extraction(filing("0000000003-20-000001", PartialDate(2020)))
    ra = org(a, "ACME CORP", cik="0000000042")
    rb = org(b, "Acme Renamed, Inc.", cik="0000000042")
    rc = org(c, "Acme Corp", cik="0000000099")
    res = resolve([a, b, c])
    iri_a, iri_b, iri_c = (res.ref_iri(e.filing.filing_id, r) for e, r in ((a, ra), (b, rb), (c, rc)))
    assert iri_a == iri_b and str(iri_a).endswith("/org/cik-0000000042")
    assert iri_c != iri_a and str(iri_c).endswith("/org/cik-0000000099")
    assert res.entities[iri_a].label == "Acme Renamed, Inc."


def test_iris_do_not_depend_on_input_order():
    one = build_graph([SEED, ABVC], validate=False).resolution
    two = build_graph([ABVC, SEED], validate=False).resolution
    assert sorted(map(str, one.entities)) == sorted(map(str, two.entities))
    assert [str(lic.iri) for lic in one.licenses] == [str(lic.iri) for lic in two.licenses]


def test_which_same_named_company_a_name_without_cik_joins_does_not_depend_on_filing_ids():
    """Two companies named "Acme Corp" with different CIKs; a third filing says "Acme Corp"
    without one and joins one of them. Which one must not change when the filings' ids do (a
    filing named by its content hash is renamed by any edit; builders.rebuild keeps its IRIs)."""

    def joined(ids: tuple[str, str, str]) -> str:
        exts = [Extraction(filing(i, PartialDate(2020))) for i in ids]
        refs = [org(exts[0], "Acme Corp", cik="0000000042"), org(exts[1], "Acme Corp", cik="0000000099"), org(exts[2], "Acme Corp")]
        res = resolve(exts)
        nodes = [res.ref_iri(e.filing.filing_id, r) for e, r in zip(exts, refs, strict=True)]
        assert nodes[0] != nodes[1] and nodes[2] in nodes[:2]
        return str(nodes[2])

    ids = ("0000000001-20-000001", "0000000002-20-000001", "0000000003-20-000001")
    first = joined(ids)
    assert joined((ids[1], ids[0], ids[2])) == first  # the two companies' filings swap ids
    assert joined((ids[0], ids[1], "0000000000-19-000001")) == first  # the third's id sorts first now


def test_seed_iris_are_by_name_without_a_cik(seed_build):
    labels = {e.label: str(e.iri) for e in seed_build.resolution.entities.values()}
    assert labels["ImmunoGen, Inc."] == "https://w3id.org/filing-kg/id/org/immunogen"
    assert labels["cantuzumab mertansine"] == "https://w3id.org/filing-kg/id/product/cantuzumab-mertansine"
    assert labels["TAP technology"] == "https://w3id.org/filing-kg/id/platform/tap-technology"


def test_every_registrant_is_the_company_which_never_joins_two_filings():
    """Filings without CIKs whose registrants are each 'the Company' (and 'we') stay apart;
    a real shared name still joins."""
    a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
    b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
    c = Extraction(filing("0000000003-20-000001", PartialDate(2020)))
    ra = org(a, "Syndax Pharmaceuticals, Inc.", aliases={"the Company", "The company", "we"})
    rb = org(b, "Senti Biosciences, Inc.", aliases={"the Company", "the Registrant"})
    rc = org(c, "Syndax Pharmaceuticals", aliases={"the Company"})
    res = resolve([a, b, c])
    iri_a, iri_b, iri_c = (res.ref_iri(e.filing.filing_id, r) for e, r in ((a, ra), (b, rb), (c, rc)))
    assert iri_a != iri_b and iri_a == iri_c


def test_two_legal_entities_one_filing_names_apart_stay_apart_across_filings():
    """'Merck & Co., Inc.' and 'Merck KGaA' in one filing; a third filing's plain 'Merck' joins one, not both."""
    a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
    b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
    r1 = org(a, "Merck & Co., Inc.")
    r2 = Ref(Kind.ORG, "merck kgaa")
    a.mentions[r2] = Mention(Kind.ORG, r2.key, "Merck KGaA", set(), [EV])
    rb = org(b, "Merck", aliases=set())
    res = resolve([a, b])
    iris = {res.ref_iri(a.filing.filing_id, r1), res.ref_iri(a.filing.filing_id, r2)}
    assert len(iris) == 2 and res.ref_iri(b.filing.filing_id, rb) in iris


def test_a_molecule_named_only_by_what_it_binds_is_each_filings_own():
    """Two companies' 'anti-glycan antibody' are two molecules; an INN two filings name is one."""
    a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
    b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
    pa, pb = product(a, "anti-glycan antibody"), product(b, "anti-glycan antibody")
    ia, ib = product(a, "zelvimab"), product(b, "zelvimab")
    res = resolve([a, b])
    assert res.ref_iri(a.filing.filing_id, pa) != res.ref_iri(b.filing.filing_id, pb)
    assert res.ref_iri(a.filing.filing_id, ia) == res.ref_iri(b.filing.filing_id, ib)


def test_each_agreements_improvements_and_licensed_technology_are_its_own():
    a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
    b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
    for name in ("Improvements", "Licensed Technology"):
        pa, pb = product(a, name), product(b, name)
        res = resolve([a, b])
        assert res.ref_iri(a.filing.filing_id, pa) != res.ref_iri(b.filing.filing_id, pb), name


def test_a_full_name_joins_before_a_short_name_another_legal_entity_shares():
    """'Halvex plc' (short names "Halvex", "HLX") in one filing; in another, 'Halvex plc' beside its subsidiary 'Halvex
    Group Limited ("HLX")'. The plc is one company across both, whichever filing is joined first: the subsidiary's short
    name must not take the place its full name holds (joining is greedy, in an order set by the filings' contents)."""
    for stem in ("Halvex", "Corvane", "Brisca", "Quenby", "Torveld", "Zelmora"):
        a = Extraction(filing("0000000001-20-000001", PartialDate(2020)))
        b = Extraction(filing("0000000002-20-000001", PartialDate(2020)))
        main = org(a, f"{stem} plc", aliases={stem, "HLX"})
        sub = org(b, f"{stem} Group Limited", aliases={"HLX"})
        same = org(b, f"{stem} plc")
        res = resolve([a, b])
        assert res.ref_iri(b.filing.filing_id, same) == res.ref_iri(a.filing.filing_id, main), stem
        assert res.ref_iri(b.filing.filing_id, sub) != res.ref_iri(a.filing.filing_id, main), stem
