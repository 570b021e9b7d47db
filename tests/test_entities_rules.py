"""Entities: general mechanisms (abbreviations in brackets, titles and verbs outside
names, surname continuation). Invented sentences; no shared data needed."""

from __future__ import annotations

from helpers import run_entities as run

from khabar.entities.component import EntityRecognizer
from khabar.entities.titles import TitleIndex
from khabar.pipeline import TextLayer


def test_bracketed_abbreviation_joins_its_organisation(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "ब्रिटिश ट्रांसपोर्ट पुलिस (बीटीपी) ने जांच शुरू की। बीटीपी के प्रवक्ता ने बताया कि जांच जारी है।",
    )
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    assert orgs[0].name == "ब्रिटिश ट्रांसपोर्ट पुलिस"
    assert [m.text for m in orgs[0].mentions].count("बीटीपी") == 2


def test_latin_abbreviation_and_variants(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "विश्व स्वास्थ्य संगठन (WHO) ने चेतावनी दी। डब्लूएचओ के प्रमुख ने कहा कि WHO नजर रखे है।",
    )
    who = [e for e in doc.entities if e.name == "विश्व स्वास्थ्य संगठन"]
    assert len(who) == 1 and who[0].type == "ORG"
    assert {m.text for m in who[0].mentions} == {"विश्व स्वास्थ्य संगठन", "WHO", "डब्लूएचओ"}


def test_titles_match_nukta_variants() -> None:
    index = TitleIndex()
    assert index.starting_at(["प्रोफ़ेसर", "राम"], 0) is not None
    assert index.starting_at(["प्रोफेसर", "राम"], 0) is not None
    assert index.is_title_word("प्रोफ़ेसर")


def test_verbs_and_titles_stay_outside_person_names(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "सीएम उद्धव ठाकरे बोले- लॉकडाउन जारी रहेगा। प्रोफ़ेसर थियूनिसेन का कहना था कि खतरा है।")
    names = {m.text for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    assert "उद्धव ठाकरे" in names
    assert not any("बोले" in n or "सीएम" in n or "प्रोफ़ेसर" in n for n in names), names


def test_person_name_runs_on_into_a_surname(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "बैठक में डॉ. बबीता कुमारी, डॉ. ज्योति कुमारी और अन्य डॉक्टर मौजूद थे।")
    names = {m.text for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    assert {"बबीता कुमारी", "ज्योति कुमारी"} <= names, names


def test_speaker_cue_makes_a_person(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "फ़िल्म विवादित हो सकती है. आतिफ़ कहते हैं कि उन्हें डर नहीं है।")
    assert any(e.type == "PERSON" and e.name == "आतिफ़" for e in doc.entities), [
        (e.name, e.type) for e in doc.entities
    ]
    doc = run(rec, layer, "मंत्रालय के वरिष्ठ अफसर ने कहा कि ट्रेन चलेगी।")
    assert not any(e.type == "PERSON" for e in doc.entities)


def test_organisation_heads_take_coordinated_and_title_word_modifiers(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(
        rec,
        layer,
        "पेयजल तथा स्वच्छता विभाग ने रिपोर्ट जारी की। भारतीय चिकित्सा अनुसंधान परिषद ने जांच की।",
    )
    orgs = {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert "पेयजल तथा स्वच्छता विभाग" in orgs, orgs
    assert "भारतीय चिकित्सा अनुसंधान परिषद" in orgs, orgs
    assert not any(e.type == "PERSON" for e in doc.entities)


def test_a_scope_word_alone_names_no_body(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "इसकी समीक्षा के लिए राष्ट्रीय समिति बनाई गई थी।")
    assert not any("राष्ट्रीय समिति" == m.text for e in doc.entities for m in e.mentions), [
        (e.name, e.type) for e in doc.entities
    ]


def test_gazetteer_place_inside_a_scheme_name_needs_the_tagger(rec: EntityRecognizer) -> None:
    """A listed place the tagger is sure is no name here ("स्वच्छ भारत अभियान") is left
    out; the same place where the tagger agrees is kept."""
    scheme = rec.spans("स्वच्छ भारत अभियान के दूसरे चरण की शुरुआत हुई".split())
    assert not any(sp.label == "LOC" for sp in scheme), scheme
    place = rec.spans("भारत और पाकिस्तान के बीच बातचीत हुई".split())
    assert any(sp.label == "LOC" and sp.start == 0 for sp in place), place


def test_epithets_the_tagger_reads_as_part_of_a_name_stay(rec: EntityRecognizer) -> None:
    """"सरदार वल्लभभाई पटेल" keeps सरदार when the tagger put it inside the name;
    "श्री" always moves out; a rule's name never takes an epithet."""
    from khabar.entities.recognize import Span

    r = rec.recognizer
    words = "सरदार वल्लभभाई पटेल ने कहा".split()
    keys = rec.tagger.features.keys(words)
    kept = r._clean(words, keys, Span(0, 3, "PER", "model"))
    assert kept is not None and (kept.start, kept.end) == (0, 3)
    ruled = r._clean(words, keys, Span(0, 3, "PER", "rule"))
    assert ruled is not None and (ruled.start, ruled.end) == (1, 3)
    words = "श्री वल्लभभाई पटेल ने कहा".split()
    stripped = r._clean(words, rec.tagger.features.keys(words), Span(0, 3, "PER", "model"))
    assert stripped is not None and (stripped.start, stripped.end) == (1, 3)


def test_names_listed_next_to_a_full_name_are_people(rec: EntityRecognizer) -> None:
    from khabar.entities.recognize import Span

    r = rec.recognizer
    words = "बैठक में झुमरी लाल , तिलेश्वर , कोंडाली और मुरारका ने भाग लिया".split()
    keys = rec.tagger.features.keys(words)
    got = r._coordinated(words, keys, [Span(2, 4, "PER", "model")])
    assert {(sp.start, sp.end) for sp in got if sp.label == "PER"} == {(2, 4), (5, 6), (7, 8), (9, 10)}
    # a lone word the tagger took for a person does not grow a list of places
    words = "लोगों को कुड्डाकोर , नागापटनम , रामनाथपुरम में भेजा गया".split()
    keys = rec.tagger.features.keys(words)
    got = r._coordinated(words, keys, [Span(6, 7, "PER", "model")])
    assert [(sp.start, sp.end) for sp in got] == [(6, 7)]


def test_kind_words_retype_names_taken_for_people(rec: EntityRecognizer) -> None:
    from khabar.entities.recognize import Span

    r = rec.recognizer
    cases = [
        ("रूसी समाचार एजेंसी रिया नोवोस्ती ने बताया", (3, 5), "ORG"),
        ("' डॉन ' अखबार के अनुसार हमला हुआ", (1, 2), "ORG"),
        ("चक्रवात गाजा ने तबाही मचाई", (0, 2), "MISC"),
        ("होटल लीला को बुक किया गया", (0, 2), "LOC"),
    ]
    for text, (s, e), label in cases:
        words = text.split()
        keys = rec.tagger.features.keys(words)
        got = r._kinds(keys, [Span(s, e, "PER", "model")])
        assert got[0].label == label, (text, got)
    words = "मंत्री रिया नोवोस्ती ने बताया".split()
    kept = r._kinds(rec.tagger.features.keys(words), [Span(1, 3, "PER", "model")])
    assert kept[0].label == "PER"


def test_names_listed_among_places_are_places(rec: EntityRecognizer) -> None:
    from khabar.entities.recognize import Span

    r = rec.recognizer
    words = "जिले : अहमदनगर , धुलेगांवा , जलगांव , नागपुर और वर्धापुरा ।".split()
    keys = rec.tagger.features.keys(words)
    spans = [Span(2, 3, "LOC"), Span(6, 7, "LOC"), Span(8, 9, "LOC")]
    got = r._listed_places(words, keys, spans)
    assert {(sp.start, sp.end) for sp in got if sp.label == "LOC"} == {
        (2, 3), (4, 5), (6, 7), (8, 9), (10, 11)
    }
    # one place is no list
    words = "पटना और सुलोचना ने कहा".split()
    got = r._listed_places(words, rec.tagger.features.keys(words), [Span(0, 1, "LOC")])
    assert len(got) == 1


def test_a_byline_names_its_reporter(rec: EntityRecognizer) -> None:
    from khabar.entities.recognize import Span

    r = rec.recognizer
    words = "नीलकमल , पटना".split()
    keys = rec.tagger.features.keys(words)
    got = r._byline(words, keys, [Span(0, 1, "LOC", "model"), Span(2, 3, "LOC", "gazetteer")])
    assert {(sp.start, sp.end, sp.label) for sp in got} == {(0, 1, "PER"), (2, 3, "LOC")}
    words = "लखनऊ , पटना".split()  # two places
    keys = rec.tagger.features.keys(words)
    spans = [Span(0, 1, "LOC", "gazetteer"), Span(2, 3, "LOC", "gazetteer")]
    assert r._byline(words, keys, list(spans)) == spans


def test_precomposed_nukta_letters_fold(rec: EntityRecognizer, layer: TextLayer) -> None:
    from khabar.entities.gazetteer import spelling_key
    from khabar.entities.titles import title_key

    assert spelling_key("अऱविंद") == spelling_key("अरविंद") == spelling_key("अऱविंद")
    assert spelling_key("ऩाम") == spelling_key("नाम") and spelling_key("ऴ") == "ळ"
    assert title_key("मुख्यमंत्ऱी") == "मुख्यमंत्री"
    doc = run(
        rec,
        layer,
        "मुख्यमंत्री अऱविंद केजरीवाल ने कहा कि स्कूल खुलेंगे। अरविंद केजरीवाल ने बैठक भी की।",
    )
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    assert len(people[0].mentions) == 2


def test_a_surname_typed_as_a_place_joins_its_person(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "अधिवक्ता नरेश सिंह भदौरिया ने याचिका दायर की। भदौरिया पेशे से वकील हैं और "
        "भदौरिया ने कहा कि वह अदालत जाएंगे। वाशिंगटन में बैठक हुई।",
    )
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1, [(e.type, e.name, [m.text for m in e.mentions]) for e in doc.entities]
    assert [m.text for m in people[0].mentions].count("भदौरिया") == 2
    assert any(e.name == "वाशिंगटन" and e.type == "LOC" for e in doc.entities)


def test_english_body_heads_and_plural_facilities(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "अमेरिका की फेडरल एविएशन एडमिनिस्ट्रेशन ने विमानों पर रोक लगाई।")
    assert any(e.type == "ORG" and e.name == "फेडरल एविएशन एडमिनिस्ट्रेशन" for e in doc.entities)
    doc = run(rec, layer, "मरीजों को एम्स और राम मनोहर लोहिया अस्पतालों में भर्ती कराया गया।")
    assert not [e for e in doc.entities if e.type == "PERSON"], doc.entities
    assert sum(e.type == "ORG" for e in doc.entities) == 2


def test_syllable_and_latin_acronyms_join_their_organisation(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(rec, layer, "चुनाव में ख़ास आदमी पार्टी (ख़ाप) ने उम्मीदवार उतारे। ख़ाप के नेता ने कहा।")
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1 and [m.text for m in orgs[0].mentions].count("ख़ाप") == 2, orgs
    doc = run(rec, layer, "भारतीय रिजर्व बैंक ने ब्याज दरें घटाईं। RBI ने कहा कि महंगाई कम होगी।")
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1 and "RBI" in [m.text for m in orgs[0].mentions], orgs
    doc = run(rec, layer, "स्टेट बैंक ऑफ इंडिया ने कर्ज दिया। SBI ने बताया।")
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1 and "SBI" in [m.text for m in orgs[0].mentions], orgs
    # a bracketed word that does not spell the name stays outside it
    doc = run(rec, layer, "भारतीय जनता पार्टी (बिहार) ने बैठक की।")
    assert not any(m.text == "बिहार" and e.type == "ORG" for e in doc.entities for m in e.mentions)


def test_a_given_name_that_is_also_a_word_speaks(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "गांव की रेखा ने बताया कि पानी नहीं है।")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["रेखा"], doc.entities
    doc = run(rec, layer, "नक्शे पर रेखा खींची गई और सीमा तय हुई।")
    assert not [e for e in doc.entities if e.type == "PERSON"], doc.entities


def test_descriptions_and_posts_stay_outside_person_names(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    from khabar.entities.gazetteer import spelling_key
    from khabar.entities.recognize import Span

    words = "फैक्ट्री में मजदूर राधे पासवान की मौत हो गई".split()
    keys = [spelling_key(w) for w in words]
    got = rec.recognizer._clean(words, keys, Span(2, 5, "PER", "model"))
    assert got is not None and (got.start, got.end) == (3, 5)
    doc = run(rec, layer, "उद्योगपति आनंद महिंद्रा ने मदद की।")
    names = {e.name for e in doc.entities if e.type == "PERSON"}
    assert names == {"आनंद महिंद्रा"}, doc.entities


def test_a_person_name_ends_before_a_kind_word(rec: EntityRecognizer) -> None:
    from khabar.entities.gazetteer import spelling_key
    from khabar.entities.recognize import Span

    words = "मौलाना अरशद अली तंजीम दावतो सिदक के अध्यक्ष हैं".split()
    keys = [spelling_key(w) for w in words]
    spans = rec.recognizer._kinds(keys, [Span(1, 6, "PER", "model")])
    assert sorted((sp.start, sp.end, sp.label) for sp in spans) == [(1, 3, "PER"), (4, 6, "ORG")]
    # a listed given name that the data never saw inside a name still opens one
    words = "व्यापारी पवन कुमार अग्रवाल ने कहा".split()
    keys = [spelling_key(w) for w in words]
    got = rec.recognizer._clean(words, keys, Span(1, 4, "PER", "model"))
    assert got is not None and (got.start, got.end) == (1, 4)


def test_area_between_post_and_name_stays_out_of_the_name(
    rec: EntityRecognizer, layer: TextLayer
) -> None:
    doc = run(
        rec,
        layer,
        "जिलाधिकारी आगरा प्रभु नारायण सिंह ने बताया कि राहत भेजी गई। "
        "एसपी देहात अजय सहदेव सिंह ने कहा कि जांच होगी।",
    )
    persons = {e.name for e in doc.entities if e.type == "PERSON"}
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert {"प्रभु नारायण सिंह", "अजय सहदेव सिंह"} <= persons, persons
    assert "आगरा" in places, places
    assert not any("देहात" in n or "आगरा" in n for n in persons), persons


def test_unknown_word_after_a_post_stays_in_the_name(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "मुख्यमंत्री जीतन राम मांझी ने बैठक बुलाई।")
    assert any(e.type == "PERSON" and e.name == "जीतन राम मांझी" for e in doc.entities), [
        (e.name, e.type) for e in doc.entities
    ]


def test_unseen_name_before_a_present_tense_speech_verb(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "तलाक़ के बाद सब बदल गया. इशरत कहती है कि वह लड़ती रहेगी।")
    assert any(e.type == "PERSON" and e.name == "इशरत" for e in doc.entities), [
        (e.name, e.type) for e in doc.entities
    ]


def test_what_something_is_called_is_no_speaker(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "पूरा समूह इम्यून हो चुका होता है। इसी को हर्ड इम्यूनिटी कहते हैं।")
    assert not any(e.type == "PERSON" for e in doc.entities), [(e.name, e.type) for e in doc.entities]


def test_storm_names_are_no_people(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "अमेरिका में कैटरीना तूफान से भारी तबाही हुई। हरिकेन माइकल ने फ्लोरिडा में तबाही मचाई। "
        "वरिष्ठ खेल पत्रकार प्रदीप मैगज़ीन का मानना है कि टीम जीतेगी।",
    )
    types = {e.name: e.type for e in doc.entities}
    assert types.get("कैटरीना तूफान") == "MISC", types
    assert types.get("हरिकेन माइकल") == "MISC", types
    assert not any(t == "PERSON" and ("कैटरीना" in n or "माइकल" in n) for n, t in types.items()), types


def test_unlisted_party_named_in_a_party_context(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "इस पार्टी का नाम है ख़ास आदमी पार्टी (ख़ाप)। भदौरिया इससे पहले पोल खोल पार्टी भी बना "
        "चुके हैं। इसके लिए सत्ताधारी कंज़रवेटिव पार्टी ने इनकार किया। वह एक रेव पार्टी में "
        "शामिल हुए। इस दौरान पार्टी के कार्यकर्ता मौजूद थे।",
    )
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"ख़ास आदमी पार्टी", "पोल खोल पार्टी", "कंज़रवेटिव पार्टी"} <= orgs, orgs
    assert not any("रेव" in o or "दौरान" in o for o in orgs), orgs


def test_spelling_variants_of_one_name_group() -> None:
    from khabar.entities.resolve import Candidate, resolve

    cands = [
        Candidate(0, 12, "LOC", ("उत्तर", "प्रदेश"), "उत्तर प्रदेश"),
        Candidate(20, 31, "LOC", ("उत्तरप्रदेश",), "उत्तरप्रदेश"),
        Candidate(40, 45, "LOC", ("सीवान",), "सीवान"),
        Candidate(50, 55, "LOC", ("सिवान",), "सिवान"),
        Candidate(60, 70, "PER", ("अरूण", "कुमार"), "अरूण कुमार"),
        Candidate(80, 84, "PER", ("अरुण",), "अरुण"),
        Candidate(90, 95, "LOC", ("पटना",), "पटना"),
        Candidate(99, 104, "LOC", ("पाटन",), "पाटन"),
    ]
    groups = {g.name(): sorted(m.text for m in g.members) for g in resolve(cands)}
    assert groups["उत्तर प्रदेश"] == ["उत्तर प्रदेश", "उत्तरप्रदेश"], groups
    assert groups["सीवान"] == ["सिवान", "सीवान"], groups
    assert groups["अरूण कुमार"] == ["अरुण", "अरूण कुमार"], groups
    assert groups["पटना"] == ["पटना"] and groups["पाटन"] == ["पाटन"], groups


def test_surname_kind_name_word_before_a_listed_surname(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "पता चला है कि वाल्मीकि महतो का परिवार गरीब है।")
    assert any(e.type == "PERSON" and e.name == "वाल्मीकि महतो" for e in doc.entities), [
        (e.name, e.type) for e in doc.entities
    ]


def test_dotted_initials_open_a_listed_name(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "विधानसभा में नेता कोप्पुला ईश्वर, ई. राजेंदर और एमएलसी लक्ष्मण राव भी मौजूद थे। "
        "प्रदेश अध्यक्ष डॉ. के. लक्ष्मण ने कहा कि बैठक होगी।",
    )
    names = {e.name for e in doc.entities if e.type == "PERSON"}
    assert {"ई. राजेंदर", "के. लक्ष्मण"} <= names, names


def test_descriptor_before_a_name_stays_out_and_is_no_role() -> None:
    from khabar.entities.titles import load_titles

    kinds = {t.title: t.kind for t in load_titles()}
    assert kinds.get("बदमाश") == "descriptor" and kinds.get("राहगीर") == "descriptor"


def test_descriptors_introduce_names(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "पुलिस ने ईनामी बदमाश हरिओम कश्यप को पकड़ा। गार्ड गुरमेल राम ने बताया कि राहगीर भगत सिंह घायल है।")
    names = {e.name for e in doc.entities if e.type == "PERSON"}
    assert {"हरिओम कश्यप", "गुरमेल राम", "भगत सिंह"} <= names, names


def test_press_spelling_of_foreign_name_words() -> None:
    from khabar.entities.latin import Latin

    latin = Latin()
    assert latin.person("शी जिनपिंग") == "Xi Jinping"
    assert latin.person("बराक ओबामा") == "Barack Obama"
    assert latin.person("एस. के. सिंह") == "S. K. Singh"
    assert latin.person("राजेश ठाकुर") == "Rajesh Thakur"
    assert latin.person("शी") != "Xi"  # a lone word is no name of the list


def test_area_named_elsewhere_in_the_article_leaves_the_name(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(
        rec,
        layer,
        "डोईवाला में तेज बारिश हुई। एसडीएम डोईवाला लक्ष्मी राज चौहान ने बताया कि राहत भेजी गई।",
    )
    persons = {e.name for e in doc.entities if e.type == "PERSON"}
    assert not any("डोईवाला" in n for n in persons), persons


def test_words_for_a_people_are_no_persons(rec: EntityRecognizer, layer: TextLayer) -> None:
    doc = run(rec, layer, "राष्ट्रपति बशर अल असद की सीरियाई सरकार पर आरोप है। रोमानियाई ने कहा कि ठंड बढ़ेगी।")
    persons = {e.name for e in doc.entities if e.type == "PERSON"}
    assert "बशर अल असद" in persons and not {"सीरियाई", "रोमानियाई"} & persons, persons
