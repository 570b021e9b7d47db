"""Entities: mechanisms met in real news (crime reports, shop lists, agency names,
place spellings). Invented sentences; no shared data needed."""

from __future__ import annotations

from helpers import run_entities as run

from khabar.doc import Doc
from khabar.entities.component import EntityRecognizer
from khabar.pipeline import TextLayer


def by_type(doc: Doc, kind: str) -> list[str]:
    return [e.name for e in doc.entities if e.type == kind]


def test_place_variants_are_one_place_with_the_printed_spelling(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(
        rec,
        layer,
        "नई दिल्ली: अमेरिका ने कहा कि अमरीका और इसराइल के रिश्ते अच्छे हैं। इजरायल के "
        "प्रधानमंत्री भी नयी दिल्ली आए।",
    )
    places = {e.name: e for e in doc.entities if e.type == "LOC"}
    assert places["नई दिल्ली"].latin == "New Delhi"
    assert sorted(m.text for m in places["नई दिल्ली"].mentions) == ["नई दिल्ली", "नयी दिल्ली"]
    assert sorted(m.text for m in places["अमेरिका"].mentions) == ["अमरीका", "अमेरिका"]
    assert sorted(m.text for m in places["इजरायल"].mentions) == ["इजरायल", "इसराइल"]
    assert places["इजरायल"].latin == "Israel"


def test_resident_of_names_a_place_and_leaves_people_alone(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(
        rec,
        layer,
        "हादसे में राकेश कुमार पुत्र सुरेश कुमार निवासी बनीखेत और सतीश गुप्ता निवासी "
        "डलहौजी घायल हो गए।",
    )
    people = by_type(doc, "PERSON")
    assert "राकेश कुमार" in people and "सुरेश कुमार" in people and "सतीश गुप्ता" in people
    assert not any("निवासी" in e.name or "पुत्र" in e.name for e in doc.entities)
    assert "बनीखेत" not in people


def test_phone_numbers_and_shops_are_not_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "होम डिलीवरी के लिए संपर्क करें - राम सिंह 9997139791, गोयल जनरल स्टोर 9897919103, "
        "विनोद गुप्ता 9897203233।",
    )
    people = by_type(doc, "PERSON")
    assert "राम सिंह" in people and "विनोद गुप्ता" in people
    assert not any(c.isdigit() for e in doc.entities if e.type == "PERSON" for c in e.name)
    assert not any("स्टोर" in p for p in people)


def test_description_before_an_organisation_is_not_its_name(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(
        rec,
        layer,
        "जर्मन कंपनी बायॉनटेक ने टीका बनाया है। अमृतसर सरकारी मेडिकल कॉलेज स्थित "
        "इंफ्लुएंजा लैब में जांच हुई।",
    )
    names = [e.name for e in doc.entities]
    assert "बायॉनटेक" in names, names
    assert not any("स्थित" in n or "कंपनी" in n for n in names), names


def test_letter_name_acronym_alone_is_an_organisation(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(rec, layer, "इस बारे में एनएचए ने बताया कि योजना के तहत इलाज मुफ्त होगा।")
    assert "एनएचए" not in by_type(doc, "PERSON")


def test_given_name_and_surname_left_out_by_the_tagger(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(rec, layer, "फ़िल्म का निर्देशन फरहा खान कर रही हैं और इसमें कई कलाकार हैं।")
    assert "फरहा खान" in by_type(doc, "PERSON")


def test_kinship_word_separates_two_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "मृतक की पहचान नूतन लाल पुत्र लाल चंद के रूप में हुई है।")
    people = by_type(doc, "PERSON")
    assert "नूतन लाल" in people and "लाल चंद" in people, people


def test_initials_belong_to_the_name_after_them(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "एनसीडीसी के निदेशक डॉ एस के सिंह ने कहा। बोर्ड के चेयरमैन वी.के. यादव के अलावा "
        "वैज्ञानिक आर. गंगाखेड़कर से मुलाकात की। भारत के नरेंद्र मोदी ने कहा।",
    )
    people = {e.name: e.latin for e in doc.entities if e.type == "PERSON"}
    assert people.get("एस के सिंह") == "S K Singh", people
    assert people.get("वी.के. यादव") == "V.K. Yadav", people
    assert people.get("आर. गंगाखेड़कर") == "R. Gangakherkar", people
    assert "नरेंद्र मोदी" in people and not any(n.startswith("के ") for n in people)


def test_people_listed_with_people_are_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "मुस्लिम युवाओं ने उनकी मदद की । शरीफ, बबलू, इमरान, आफाक, उमर, जुगनू और लतीफ "
        "खाना लेकर पहुंचे।",
    )
    people = by_type(doc, "PERSON")
    for name in ("शरीफ", "बबलू", "इमरान", "आफाक", "उमर", "जुगनू"):
        assert name in people, people


def test_places_listed_are_not_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "गाजियाबाद, नोएडा, मेरठ, आगरा और लखनऊ में बारिश हुई।")
    assert by_type(doc, "PERSON") == []
