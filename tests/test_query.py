"""The query library: headers, and each query's answer on the seed and on other filings, on both engines."""

from __future__ import annotations

import pytest

from builders.cli import main
from builders.errors import QueryError
from builders.query import (
    PARAM_TYPES,
    bindings,
    describe,
    library,
    load_query,
    parse_header,
    run_query,
)
from builders.vocab import filing_iri

ABVC_GRAPH = str(filing_iri("0001213900-25-032135"))
ENGINES = ["rdflib", "oxigraph"]


@pytest.fixture(params=ENGINES)
def engine_name(request) -> str:
    return request.param


@pytest.fixture
def lib(engine_name, library_engines):
    """The seed + ABVC 8-K + MacroGenics agreement, on one engine."""
    return library_engines[engine_name]


@pytest.fixture
def syndax(engine_name, syndax_engines):
    """The Syndax 10-K, on one engine."""
    return syndax_engines[engine_name]


def ask(engine, query_name: str, graph: str | None = None, **params) -> list[dict[str, str]]:
    result = run_query(engine, library()[query_name], params, graph=graph)
    return [{k: str(v) for k, v in row.items()} for row in result.records()]


def pick(rows: list[dict], **match) -> list[dict]:
    return [r for r in rows if all(r.get(k) == v for k, v in match.items())]


# --------------------------------------------------------------------------- the library itself


def test_library_has_at_least_15_queries_each_with_a_complete_header():
    lib = library()
    assert len(lib) >= 15
    for query in lib.values():
        assert query.title and query.question, query.name
        assert query.examples and query.examples[0].startswith(f"filing-kg query {query.name} "), query.name
        assert query.answer, f"{query.name}: no example answer"
        for param in query.params:
            assert param.type in PARAM_TYPES and param.doc, (query.name, param)
        assert set(query.example_params()) <= {p.name for p in query.params}, query.name


def test_each_example_answer_has_the_columns_the_query_returns(library_engines):
    for query in library().values():
        documented = [c.strip() for c in query.answer.splitlines()[0].split("|")]
        result = run_query(library_engines["oxigraph"], query, query.example_params())
        assert documented == result.vars, query.name


def test_header_parser_reads_params_defaults_and_continued_lines():
    q = parse_header("t", "# title: T\n# question: first line\n#   second line\n"
                          "# param: when (date, default today) - the date\n# param: who (string, required) - a name\n"
                          "# example: filing-kg query t g --param who=\"A B\"\n# answer:\n#   x | y\n#   1 | 2\nSELECT * {}")
    assert q.question == "first line second line"
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [("when", "date", "today", False), ("who", "string", None, True)]
    assert q.example_params() == {"who": "A B"}
    assert q.answer == "x | y\n1 | 2"


def test_bad_param_lines_and_unknown_or_missing_params_are_errors():
    with pytest.raises(QueryError, match="bad param line"):
        parse_header("t", "# param: x (colour) - nope\nSELECT * {}")
    q = parse_header("t", "# param: who (string, required) - a name\n# param: y (year, default 2000) - a year\nSELECT * {}")
    with pytest.raises(QueryError, match="needs --param who"):
        bindings(q, {})
    with pytest.raises(QueryError, match="has no parameter nope"):
        bindings(q, {"who": "a", "nope": "b"})
    with pytest.raises(QueryError, match="expected a year"):
        bindings(q, {"who": "a", "y": "MMXX"})
    assert str(bindings(q, {"who": "a"})["y"]) == "2000"


def test_unknown_query_name_suggests_close_names():
    with pytest.raises(QueryError, match="Did you mean: license-history"):
        load_query("history")


def test_every_query_runs_with_defaults_and_with_its_example_on_both_engines_alike(library_engines):
    def normal(result):
        # GROUP_CONCAT order is not defined by SPARQL: compare its parts as sets
        return sorted(tuple(", ".join(sorted(str(c).split(", "))) if c is not None else "" for c in row) for row in result.rows)

    for query in library().values():
        for values in ({}, query.example_params()):
            answers = [run_query(e, query, values) for e in library_engines.values()]
            assert normal(answers[0]) == normal(answers[1]), (query.name, values)
            assert answers[0].vars == answers[1].vars


# --------------------------------------------------------------------------- rights and licenses


def test_rights_holder_as_of_a_date_follows_the_license_and_its_end(lib):
    before = ask(lib, "rights-holder", product="cantuzumab mertansine", date="1998-12-31")
    during = ask(lib, "rights-holder", product="Cantuzumab Mertansine", date="2002-06-30")
    after = ask(lib, "rights-holder", product="cantuzumab mertansine", date="2003-06-30")
    assert before == []  # licensed "in 1999": not yet
    assert [(r["holder"], r["basis"], r["since"]) for r in during] == [("SmithKline Beecham", "licensed from ImmunoGen, Inc.", "1999")]
    assert [(r["holder"], r["basis"], r["until"]) for r in after] == [("ImmunoGen, Inc.", "rights back from SmithKline Beecham", "2003-01-24")]


def test_rights_holder_on_a_license_dated_to_the_month(syndax):
    assert ask(syndax, "rights-holder", product="UCB6352", date="2016-06-30") == []
    mid_month = ask(syndax, "rights-holder", product="UCB6352", date="2016-07-15")
    assert [(r["holder"], r["basis"]) for r in mid_month] == [("Syndax Pharmaceuticals, Inc.", "licensed from UCB Biopharma Sprl")]


def test_license_history_lists_each_event_with_its_sentence(lib, syndax):
    seed = ask(lib, "license-history", product="cantuzumab mertansine")
    assert [(r["licensor"], r["licensee"], r["event"], r["date"], r["status"]) for r in seed] == [
        ("ImmunoGen, Inc.", "SmithKline Beecham", "Grant", "1999", "Terminated"),
        ("ImmunoGen, Inc.", "SmithKline Beecham", "RightsReturned", "2003-01-24", "Terminated"),
    ]
    assert "has regained" in seed[1]["quote"] and "from GlaxoSmithKline" in seed[1]["quote"]
    assert seed[0]["filing"] == "immunogen-8k-2003-01-24.txt"
    entinostat = ask(syndax, "license-history", product="entinostat")
    # Bayer is named by the legal name the 2007 agreement was signed under ("Bayer Schering Pharma AG").
    from_bayer = pick(entinostat, licensor="Bayer Schering Pharma AG", licensee="Syndax Pharmaceuticals, Inc.")
    assert from_bayer and all(r["event"] == "Grant" for r in from_bayer)
    assert any("licensed from Bayer" in r["quote"] for r in from_bayer)
    assert pick(entinostat, licensor="Syndax Pharmaceuticals, Inc.", licensee="Eddingpharm International Company Limited")


def test_licenses_ended_in_a_period_say_where_the_rights_went(lib, syndax):
    ended = ask(lib, "licenses-ended", **{"from": "2003", "to": "2003"})
    assert [(r["asset"], r["formerLicensee"], r["rightsBackTo"], r["status"]) for r in ended] == [
        ("cantuzumab mertansine", "SmithKline Beecham", "ImmunoGen, Inc.", "Terminated")]
    assert ask(lib, "licenses-ended", **{"from": "2004", "to": "2030"}) == []
    # The 10-K: "In September 2021, KKC ... cancelled the license to develop and commercialize entinostat."
    assert [(r["asset"], r["formerLicensee"], r["ended"], r["rightsBackTo"]) for r in ask(syndax, "licenses-ended")] == [
        ("entinostat", "Kyowa Kirin Co., Ltd.", "2021-09", "Syndax Pharmaceuticals, Inc.")]


def test_licensing_partners_in_and_out(lib, syndax):
    immunogen = ask(lib, "licensing-partners", company="immunogen")
    assert {(r["direction"], r["partner"], r.get("asset")) for r in immunogen} >= {
        ("out-licensed to", "SmithKline Beecham", "cantuzumab mertansine"),
        ("out-licensed to", "British Biotech", "huN901-DM1"),
        ("out-licensed to", "Genentech", "TAP technology"),
    }
    macrogenics = ask(lib, "licensing-partners", company="macrogenics")
    assert {(r["direction"], r["partner"], r.get("asset")) for r in macrogenics} == {
        ("out-licensed to", "Green Cross Corp.", "MGAH22"), ("in-licensed from", "Green Cross Corp.", "MGAH22")}
    rows = ask(syndax, "licensing-partners", company="Syndax")
    assert {(r["direction"], r["partner"], r.get("asset")) for r in rows} >= {
        ("in-licensed from", "Bayer Schering Pharma AG", "entinostat"),
        ("in-licensed from", "UCB Biopharma Sprl", "UCB6352"),
        ("out-licensed to", "Eddingpharm International Company Limited", "entinostat"),
        ("agreement with", "Vitae Pharmaceuticals, Inc.", None),
    }


def test_license_terms_territory_exclusivity_scope(lib, syndax):
    seed = ask(lib, "license-terms", product="huN901-DM1")
    assert [(r["licensee"], r.get("territory")) for r in seed] == [("British Biotech", "certain territories")]
    ucb = pick(ask(syndax, "license-terms", company="syndax"), asset="UCB6352")
    assert [(r["licensor"], r["territory"], r["exclusive"]) for r in ucb] == [("UCB Biopharma Sprl", "worldwide", "true")]
    china = pick(ask(syndax, "license-terms", product="entinostat"), licensee="Eddingpharm International Company Limited")
    assert china[0]["territory"] == "China" and set(china[0]["scope"].split(", ")) == {"Development", "Commercialization"}


def test_license_events_in_a_period(lib, syndax):
    seed = ask(lib, "license-events", **{"from": "1999", "to": "2003"})
    assert [(r["date"], r["event"], r["asset"]) for r in seed] == [
        ("1999", "Grant", "cantuzumab mertansine"), ("2003-01-24", "RightsReturned", "cantuzumab mertansine")]
    assert ask(lib, "license-events", **{"from": "2000", "to": "2002"}) == []
    agreement = ask(lib, "license-events", **{"from": "2010", "to": "2010"})
    assert {(r["date"], r["event"], r["licensor"], r["licensee"], r["asset"]) for r in agreement} == {
        ("2010-06", "Grant", "MacroGenics, Inc.", "Green Cross Corp.", "MGAH22"),
        ("2010-06", "Grant", "Green Cross Corp.", "MacroGenics, Inc.", "MGAH22")}
    assert all("hereby grants" in r["quote"] for r in agreement)
    ucb = ask(syndax, "license-events", **{"from": "2016", "to": "2016"})
    assert [(r["date"], r["licensor"], r["licensee"], r["asset"]) for r in ucb] == [
        ("2016-07", "UCB Biopharma Sprl", "Syndax Pharmaceuticals, Inc.", "UCB6352")]
    assert "In July 2016" in ucb[0]["quote"]


def test_license_counts_by_year_and_status(lib, syndax):
    seed = {(r["year"], r["licenseStatus"]): (r["licenses"], r["ended"]) for r in ask(lib, "license-counts")}
    assert seed[("1999", "Terminated")] == ("1", "1")
    assert seed[("2010", "Active")] == ("2", "0")  # the agreement exhibit: a license and its grant-back
    assert seed[("undated", "Active")] == ("8", "0")  # five from the seed, ABVC's partner table's three rows (Vitargus, two programs)
    assert ask(lib, "license-counts", status="expired") == []
    years = {(r["year"], r["licenseStatus"]): r["licenses"] for r in ask(syndax, "license-counts")}
    # UCB's license of axatilimab: "July 2016" in the prose, dated July 1, 2016 by the exhibit index
    assert years[("2016", "Active")] == "2"


def test_collaborations_with_parties_and_sentences(lib, syndax):
    assert ask(lib, "collaborations", company="ImmunoGen") == []  # the seed reports licenses, not agreements
    rows = ask(syndax, "collaborations", company="vitae")
    assert {r["party"] for r in rows} == {"Syndax Pharmaceuticals, Inc.", "Vitae Pharmaceuticals, Inc."}
    assert all("Vitae" in r["quote"] and r["filing"] == "e2923f240db86d0096f462f6cb398339d3251b50.md" for r in rows)


# --------------------------------------------------------------------------- platforms and products


def test_platform_products_with_developer_partner_and_phase(lib):
    rows = ask(lib, "platform-products", platform="tap")
    assert {r["product"] for r in rows} == {"cantuzumab mertansine", "huN901-DM1", "bivatuzumab mertansine", "MLN2704", "Trastuzumab-DM1"}
    assert pick(rows, product="bivatuzumab mertansine")[0]["licensedPartner"] == "Boehringer Ingelheim"
    assert pick(rows, product="cantuzumab mertansine")[0] == {
        "platformName": "TAP technology", "owner": "ImmunoGen, Inc.", "product": "cantuzumab mertansine",
        "developer": "ImmunoGen, Inc.", "phase": "Phase1"}
    assert ask(lib, "platform-products", graph=ABVC_GRAPH) == []  # the 8-K names no platform


def test_platform_lineage_owner_licensees_products(lib):
    rows = ask(lib, "platform-lineage", platform="TAP technology")
    assert {r["owner"] for r in rows} == {"ImmunoGen, Inc."}
    assert {r["licensee"] for r in rows} == {"(not licensed)", "Abgenix", "Boehringer Ingelheim", "Genentech", "Millennium"}
    assert pick(rows, licensee="Millennium")[0]["product"] == "MLN2704"
    assert {r["product"] for r in pick(rows, licensee="(not licensed)")} == {"cantuzumab mertansine", "huN901-DM1"}
    assert ask(lib, "platform-lineage", graph=ABVC_GRAPH) == []


def test_products_by_target_or_indication(syndax, lib):
    rows = ask(syndax, "products-by-target", target="csf-1r")
    assert [(r["product"], r["aspect"], r["value"]) for r in rows] == [("UCB6352", "target", "CSF-1R")]
    assert ask(syndax, "products-by-target", target="csf-1r", indication="no such disease") == []
    her2 = ask(lib, "products-by-target", target="her2")
    assert [(r["product"], r["aspect"], r["value"]) for r in her2] == [("MGAH22", "target", "HER2")]
    assert ask(lib, "products-by-target", graph=ABVC_GRAPH) == []


def test_products_by_target_on_the_seed(lib):
    """The target is stated through the product's antibody: 'The huC242 antibody binds specifically to the CanAg antigen'."""
    rows = ask(lib, "products-by-target", target="canag")
    assert {(r["product"], r["aspect"], r["value"]) for r in rows} == {
        ("cantuzumab mertansine", "target", "CanAg"),
        *(("cantuzumab mertansine", "indication", f"{c} cancer") for c in ("colorectal", "pancreatic", "gastric", "non-small-cell lung")),
    }


def test_company_pipeline(lib, syndax):
    immunogen = {(r["product"], r["relation"]) for r in ask(lib, "company-pipeline", company="ImmunoGen")}
    assert immunogen == {("cantuzumab mertansine", "develops"), ("cantuzumab mertansine", "licensed out"),
                         ("huN901-DM1", "develops"), ("huN901-DM1", "licensed out")}
    syndax_rows = {(r["product"], r["relation"]) for r in ask(syndax, "company-pipeline", company="Syndax")}
    assert {("axatilimab", "develops"), ("UCB6352", "licensed in"), ("entinostat", "licensed in")} <= syndax_rows


# --------------------------------------------------------------------------- organizations, people, filings


def test_successions(lib):
    rows = ask(lib, "successions", company="glaxo")
    assert [(r["predecessor"], r["successor"], r["filing"]) for r in rows] == [
        ("SmithKline Beecham", "GlaxoSmithKline plc", "immunogen-8k-2003-01-24.txt")]
    assert "which later became GlaxoSmithKline" in rows[0]["quote"]
    assert ask(lib, "successions", graph=ABVC_GRAPH) == []  # the 8-K reports none


def test_officers_and_signatories(lib, syndax):
    immunogen = {(r["person"], r.get("title", ""), r.get("signed", "")) for r in ask(lib, "officers", company="ImmunoGen")}
    assert ("Gregg D. Beloff", "Chief Financial Officer and Vice President, Finance", "immunogen-8k-2003-01-24.txt") in immunogen
    assert ("Mitchel Sayare", "Chairman and CEO", "") in immunogen
    abvc = ask(lib, "officers", company="ABVC")
    assert [(r["person"], r["signed"]) for r in abvc] == [("Uttam Patil", "0001213900-25-032135")]
    macrogenics = ask(lib, "officers", company="MacroGenics")
    assert [(r["person"], r["title"]) for r in macrogenics] == [("Scott Koenig", "President and CEO")]
    assert macrogenics[0]["signed"].startswith("MACROGENICSINC")
    assert {("Michael A. Metzger", "Chief Executive Officer and Director"), ("Keith Goldan", "Chief Financial Officer and Treasurer")} <= {
        (r["person"], r["title"]) for r in ask(syndax, "officers")}


def test_filings_by_form_item_and_date(lib):
    all_rows = ask(lib, "filings")
    assert len(all_rows) == 3
    abvc = pick(all_rows, filing="0001213900-25-032135")[0]
    assert (abvc["formType"], abvc["reportDate"], abvc["filer"]) == ("8-K", "2025-04-15", "ABVC BioPharma, Inc.")
    assert set(abvc["items"].split(", ")) == {"2.02", "4.02", "7.01", "9.01"}
    assert set(abvc["documents"].split(", ")) == {"8-K", "EX-99.1"}
    assert [r["filing"] for r in ask(lib, "filings", form="8-k")] == ["immunogen-8k-2003-01-24.txt", "0001213900-25-032135"]
    assert [r["filing"] for r in ask(lib, "filings", item="4.02")] == ["0001213900-25-032135"]
    assert [r["filing"] for r in ask(lib, "filings", **{"from": "2003-01-01", "to": "2003-12-31"})] == ["immunogen-8k-2003-01-24.txt"]
    assert [r["formType"] for r in ask(lib, "filings", form="EX-10.17")] == ["EX-10.17"]


def test_dashboard_counts(lib):
    counts = {r["what"]: int(r["count"]) for r in ask(lib, "dashboard-counts")}
    assert counts["Filing"] == 3
    assert counts["License"] == 11 and counts["License (Active)"] == 10 and counts["License (Terminated)"] == 1
    assert counts["TechnologyPlatform"] == 1 and "Collaboration" not in counts
    seed_only = {r["what"]: int(r["count"]) for r in ask(lib, "dashboard-counts", graph=ABVC_GRAPH)}
    # ABVC -> ForSeeCon: Vitargus, and the partner table's two programs (-> AiBtl: "CNS (MDD & ADHD)", -> OncoX: "Oncology")
    assert seed_only["Filing"] == 1 and seed_only["License"] == 3 and seed_only["Person"] == 1


def test_entity_search_finds_by_part_of_a_name(lib):
    rows = ask(lib, "entity-search", name="MERTANSINE")
    assert [(r["label"], r["class"]) for r in rows] == [("bivatuzumab mertansine", "ProductCandidate"), ("cantuzumab mertansine", "ProductCandidate")]
    green = ask(lib, "entity-search", name="green cross")
    assert [(r["label"], r["class"], r["filings"]) for r in green] == [("Green Cross Corp.", "Company", "1")]


def test_entity_facts_quote_document_and_filing(lib):
    rows = ask(lib, "entity-facts", entity="hun901-dm1")
    assert {(r["kind"], r["property"], r["value"]) for r in rows} == {
        ("name", "named", "huN901-DM1"),
        ("relation", "developer", "ImmunoGen, Inc."),
        ("relation", "developmentPhase", "Phase1"),
        ("relation", "usesPlatform", "TAP technology"),
        ("license", "licensedAsset of", "ImmunoGen, Inc. \u2192 British Biotech: huN901-DM1"),
    }
    assert all(r["filing"] == "immunogen-8k-2003-01-24.txt" and r["document"] for r in rows)
    patil = ask(lib, "entity-facts", entity="Uttam Patil")
    role = pick(patil, kind="role")[0]
    assert role["value"] == "Uttam Patil, Chief Executive Officer (ABVC BioPharma, Inc.)" and "Uttam Patil" in role["quote"]
    assert role["filing"] == "0001213900-25-032135"
    assert pick(patil, kind="filing", property="signed")[0]["filing"] == "0001213900-25-032135"
    by_iri = ask(lib, "entity-facts", iri="https://w3id.org/filing-kg/id/product/hun901-dm1")
    assert by_iri == rows


def test_graph_option_restricts_to_one_filing(lib):
    assert [r["filing"] for r in ask(lib, "filings", graph=ABVC_GRAPH)] == ["0001213900-25-032135"]
    with pytest.raises(QueryError, match="no filing graph"):
        ask(lib, "filings", graph="https://w3id.org/filing-kg/id/filing/nope")


# --------------------------------------------------------------------------- the command


def test_query_list_shows_every_query_with_params_and_example(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for query in library().values():
        assert f"{query.name}: {query.title}" in out
        assert describe(query) in out
    assert "--param date=<date, default today>" in out


def test_query_command_on_the_store_with_params_and_graph(library_out, capsys):
    assert main(["query", "licenses-ended", "--store", str(library_out / "store"), "--param", "from=2003",
                 "--param", "to=2003", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "asset,formerLicensee,ended,rightsBackTo,status,laterLicensee"
    assert out[1].startswith("cantuzumab mertansine,SmithKline Beecham,2003-01-24")
    assert main(["query", "filings", str(library_out), "--graph", "0001213900-25-032135", "--format", "json"]) == 0
    assert '"filing": "0001213900-25-032135"' in capsys.readouterr().out


def test_query_all_runs_the_whole_library(library_out, capsys):
    assert main(["query", "--all", str(library_out)]) == 0
    out = capsys.readouterr().out
    assert all(f"== {name}:" in out for name in library())


def test_query_errors_exit_2_without_traceback(library_out, capsys):
    assert main(["query", "rights-holder", str(library_out), "--param", "date=yesterday"]) == 2
    assert "expected a date" in capsys.readouterr().err
    assert main(["query", "nosuchquery", str(library_out)]) == 2
    assert main(["query", "filings", str(library_out), "--param", "colour=red"]) == 2
    err = capsys.readouterr().err
    assert "no query named" in err and "has no parameter colour" in err
