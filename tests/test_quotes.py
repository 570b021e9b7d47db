"""The quotes component on hand-written sentences (entities given by a helper, so that
these tests measure the quote finder, not the entity recogniser)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import make_doc, statements
from helpers import quote_text as span
from helpers import run_quotes as run
from helpers import speaker_name as speaker

from khabar.doc import Doc
from khabar.record import Amount, Quote

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "ranchi-congress-minority-meeting.txt"


def find(doc: Doc, words: str) -> Quote:
    hits = [q for q in doc.quotes if span(doc, q).startswith(words)]
    assert hits, f"no quote starting {words!r}: {[span(doc, q) for q in doc.quotes]}"
    return hits[0]


# -- reported speech ---------------------------------------------------------------------


def test_ne_kaha_ki_with_title_and_org(layer, finder, roles):
    text = "जिला परिषद की बैठक में भाजपा के प्रदेश प्रवक्ता अमित वर्मा ने कहा कि सड़कें जल्द बनेंगी।"
    doc = run(layer, finder, roles, text, [("अमित वर्मा", "PERSON"), ("भाजपा", "ORG")])
    (q,) = doc.quotes
    assert span(doc, q) == "सड़कें जल्द बनेंगी"
    assert (q.kind, q.verb, speaker(doc, q), q.speaker_text) == ("indirect", "कहना", "अमित वर्मा", "अमित वर्मा")
    assert doc.text[q.speaker_start : q.speaker_end] == "अमित वर्मा"


def test_reporting_verbs_from_the_data_file(layer, finder, roles):
    text = (
        "सुनीता देवी ने आरोप लगाया कि अस्पताल में दवाएं नहीं हैं। "
        "सुनीता देवी ने भरोसा दिलाया कि हर परिवार को राशन मिलेगा। "
        "सुनीता देवी ने चेतावनी दी कि नियम तोड़ने वालों पर कार्रवाई होगी।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON")])
    verbs = [q.verb for q in doc.quotes if q.kind == "indirect"]
    assert verbs == ["आरोप लगाना", "भरोसा दिलाना", "चेतावनी देना"]
    assert all(speaker(doc, q) == "सुनीता देवी" for q in doc.quotes)


def test_warning_informing_and_news_verbs(layer, finder, roles):
    text = (
        "मौसम विभाग ने आगाह किया है कि अगले दो दिन भारी बारिश होगी। "
        "सरकारी टीवी ने खबर दी कि हमले में दस लोग मारे गए। "
        "सुनीता देवी ने पुलिस को सूचित किया कि उनका बेटा लापता है। "
        "रमेश कुमार की शिकायत है कि सड़क अब तक नहीं बनी।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    got = [(span(doc, q), q.verb, q.speaker_text) for q in doc.quotes if q.kind == "indirect"]
    assert got == [
        ("अगले दो दिन भारी बारिश होगी", "आगाह करना", "मौसम विभाग"),
        ("हमले में दस लोग मारे गए", "खबर देना", "सरकारी टीवी"),
        ("उनका बेटा लापता है", "सूचित करना", "सुनीता देवी"),
        ("सड़क अब तक नहीं बनी", "शिकायत करना", "रमेश कुमार"),
    ]


def test_a_verb_with_its_own_genitive_object_takes_no_clause_before_a_comma(layer, finder, roles):
    text = (
        "बता दें कि राज्य में तीन मई तक लॉकडाउन जारी है, सुनीता देवी ने कल इसकी अवधि बढ़ाने की घोषणा की। "
        "स्कूल सोमवार से खुलेंगे, रमेश कुमार ने कहा।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    assert not any(span(doc, q).startswith("बता दें") for q in doc.quotes)
    assert [(span(doc, q), speaker(doc, q)) for q in doc.quotes if q.kind == "indirect"][-1] == (
        "स्कूल सोमवार से खुलेंगे", "रमेश कुमार")


def test_speaker_before_a_relative_clause_set_off_by_commas(layer, finder, roles):
    text = (
        "कृष्णा जिले के एक किसान येडी रेड्डी, जिनकी आम की फसल तूफान से नष्ट हो गई है, "
        "ने बताया कि ऐसी आंधी पहले कभी नहीं देखी।"
    )
    doc = run(layer, finder, roles, text, [("येडी रेड्डी", "PERSON")])
    assert [(span(doc, q), speaker(doc, q)) for q in doc.quotes] == [
        ("ऐसी आंधी पहले कभी नहीं देखी", "येडी रेड्डी")
    ]


def test_compound_perfective_reports(layer, finder, roles):
    text = "सुनीता देवी ने साफ कर दिया है कि स्कूल सोमवार को खुलेंगे। रमेश कुमार ने कह दिया कि वे चुनाव नहीं लड़ेंगे।"
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    got = statements(doc)
    assert got == [
        ("स्कूल सोमवार को खुलेंगे", "स्पष्ट करना", "सुनीता देवी"),
        ("वे चुनाव नहीं लड़ेंगे", "कहना", "रमेश कुमार"),
    ]


def test_rejection_with_its_content_and_a_connective_before_a_comma(layer, finder, roles):
    text = (
        "सुनीता देवी ने इन अटकलों को ख़ारिज कर दिया कि वे पार्टी छोड़ेंगी। "
        "इतना ही नहीं, अदालत ने रमेश कुमार की याचिका को भी खारिज कर दिया।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    got = statements(doc)
    assert got == [("वे पार्टी छोड़ेंगी", "खारिज करना", "सुनीता देवी")]


def test_ka_kahna_with_a_topic_between(layer, finder, roles):
    text = "विशेषज्ञ सुनीता देवी का इस बारे में कहना था कि स्कूल जल्द खुलेंगे।"
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON")])
    got = statements(doc)
    assert got == [("स्कूल जल्द खुलेंगे", "का कहना", "सुनीता देवी")]


def test_promise_in_both_spellings(layer, finder, roles):
    text = "सुनीता देवी ने वायदा किया है कि सबको घर मिलेगा। रमेश कुमार ने वादा किया कि सड़क बनेगी।"
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    got = statements(doc)
    assert got == [("सबको घर मिलेगा", "वादा करना", "सुनीता देवी"), ("सड़क बनेगी", "वादा करना", "रमेश कुमार")]


def test_habitual_with_rahta_auxiliary(layer, finder, roles):
    text = "स्वास्थ्य विभाग हमेशा ये सुझाव देता रहता है कि बच्चे कम फोन चलाएं।"
    doc = run(layer, finder, roles, text, [("स्वास्थ्य विभाग", "ORG")])
    got = statements(doc)
    assert got == [("बच्चे कम फोन चलाएं", "सुझाव देना", "स्वास्थ्य विभाग")]


def test_organisation_and_unnamed_sources(layer, finder, roles):
    text = "स्वास्थ्य मंत्रालय ने कहा कि टीके पर्याप्त हैं। सूत्रों ने बताया कि बैठक सोमवार को होगी।"
    doc = run(layer, finder, roles, text, [("स्वास्थ्य मंत्रालय", "ORG")])
    org = find(doc, "टीके")
    assert speaker(doc, org) == "स्वास्थ्य मंत्रालय"
    unnamed = find(doc, "बैठक")
    assert unnamed.speaker is None and unnamed.speaker_text == "सूत्रों"
    assert unnamed.verb == "बताना"


def test_ka_kahna_and_ke_mutabik(layer, finder, roles):
    text = (
        "किसान नेता रामपाल सिंह का कहना है कि फसल का दाम कम मिला। "
        "पुलिस के मुताबिक, हादसे में तीन लोग घायल हुए।"
    )
    doc = run(layer, finder, roles, text, [("रामपाल सिंह", "PERSON"), ("पुलिस", "ORG")])
    a = find(doc, "फसल")
    assert (speaker(doc, a), a.verb) == ("रामपाल सिंह", "का कहना")
    b = find(doc, "हादसे")
    assert (speaker(doc, b), b.verb) == ("पुलिस", "के मुताबिक")


def test_attribution_phrase_needs_a_source(layer, finder, roles):
    text = "कंपनी भारतीय समय के मुताबिक आज रात नया फोन लॉन्च करेगी। नियमों के अनुसार दुकानें बंद रहेंगी।"
    doc = run(layer, finder, roles, text, [])
    assert doc.quotes == []


def test_passive_without_source_is_not_a_quote(layer, finder, roles):
    text = "बताया जा रहा है कि पुल अगले महीने खुलेगा। कहा गया कि काम तेज होगा।"
    doc = run(layer, finder, roles, text, [])
    assert doc.quotes == []


def test_demand_object_without_ki(layer, finder, roles):
    text = "ग्रामीणों ने गांव में नया पुल बनाने की मांग की।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert span(doc, q) == "गांव में नया पुल बनाने"
    assert (q.verb, q.speaker, q.speaker_text) == ("मांग करना", None, "ग्रामीणों")


def test_information_sentence_attributes_the_previous_one(layer, finder, roles):
    text = "जिले में अब तक 40 मरीज ठीक हुए हैं। यह जानकारी जिलाधिकारी अजय कुमार ने दी।"
    doc = run(layer, finder, roles, text, [("अजय कुमार", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "जिले में अब तक 40 मरीज ठीक हुए हैं"
    assert speaker(doc, q) == "अजय कुमार"


# -- direct quotes -----------------------------------------------------------------------


def test_direct_quote_over_two_sentences(layer, finder, roles):
    text = "मंत्री रमेश यादव ने कहा, \u201cहम हर गांव तक पानी पहुंचाएंगे। कोई प्यासा नहीं रहेगा।\u201d"
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    (q,) = doc.quotes
    assert q.kind == "direct"
    assert span(doc, q) == "हम हर गांव तक पानी पहुंचाएंगे। कोई प्यासा नहीं रहेगा"
    assert speaker(doc, q) == "रमेश यादव"


def test_direct_quote_before_its_attribution(layer, finder, roles):
    text = "\u2018हम यह चुनाव जीतेंगे\u2019, सुनीता देवी ने कहा।"
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON")])
    (q,) = doc.quotes
    assert (q.kind, span(doc, q), speaker(doc, q)) == ("direct", "हम यह चुनाव जीतेंगे", "सुनीता देवी")


def test_unclosed_quote_runs_to_paragraph_end(layer, finder, roles):
    text = "इस पर सीएम अजय सिंह ने कहा, 'किसी को डरने की जरूरत नहीं है। सरकार साथ है।"
    doc = run(layer, finder, roles, text, [("अजय सिंह", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "किसी को डरने की जरूरत नहीं है। सरकार साथ है"


def test_scare_quotes_are_not_quotes(layer, finder, roles):
    text = "शहर में 'लॉकडाउन' जारी है और 'जनता कर्फ्यू' का असर दिखा।"
    doc = run(layer, finder, roles, text, [])
    assert doc.quotes == []


# -- headlines ---------------------------------------------------------------------------


def test_headline_quote_with_speaker_after_colon(layer, finder, roles):
    text = (
        "गांवों में जल्द पहुंचेगी बिजली\u0903 रमेश यादव\n"
        "ऊर्जा मंत्री रमेश यादव ने कहा कि सभी गांवों में बिजली पहुंचेगी।\n"
        "कोरोना: जिले में दो नए मामले\n"
        "जिले में दो नए मामले मिले हैं।"
    )
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    heads = [q for q in doc.quotes if q.kind == "headline"]
    assert len(heads) == 1, [span(doc, q) for q in heads]
    assert span(doc, heads[0]) == "गांवों में जल्द पहुंचेगी बिजली"
    assert heads[0].verb == ":" and speaker(doc, heads[0]) == "रमेश यादव"


def test_headline_with_the_speech_verb_before_its_speaker(layer, finder, roles):
    text = (
        "बैठक में बोले मुख्यमंत्री, लॉकडाउन का मिला लाभ, जानें बैठक की खास बातें\n"
        "मुख्यमंत्री रमेश यादव ने कहा कि लॉकडाउन से फायदा हुआ है।"
    )
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    heads = [q for q in doc.quotes if q.kind == "headline"]
    assert [(span(doc, q), q.verb, speaker(doc, q)) for q in heads] == [
        ("लॉकडाउन का मिला लाभ", "बोलना", "रमेश यादव")
    ]


def test_headline_speaker_by_one_word_of_the_name_or_by_a_bodys_post(layer, finder, roles):
    text = (
        "लॉकडाउन को पूरी सख्ती से लागू करेंगे : योगी\n"
        "मुख्यमंत्री योगी आदित्यनाथ ने कहा है कि लॉकडाउन सख्ती से लागू होगा।\n"
        "जुलाई में चरम पर पहुंच सकते हैं मामले: एम्स निदेशक\n"
        "एम्स के निदेशक रणदीप गुलेरिया ने कहा कि मामले जुलाई में चरम पर होंगे।\n"
        "बाढ़: गांव में पानी भरा\n"
        "गांव में पानी भर गया है।"
    )
    doc = run(layer, finder, roles, text, [("योगी आदित्यनाथ", "PERSON"), ("एम्स", "ORG"),
                                           ("रणदीप गुलेरिया", "PERSON")])
    heads = [q for q in doc.quotes if q.kind == "headline"]
    assert [(span(doc, q), speaker(doc, q)) for q in heads] == [
        ("लॉकडाउन को पूरी सख्ती से लागू करेंगे", "योगी आदित्यनाथ"),
        ("जुलाई में चरम पर पहुंच सकते हैं मामले", "रणदीप गुलेरिया"),
    ]


def test_headline_speaker_in_latin_initials_of_an_organisation_of_the_story(layer, finder, roles):
    text = (
        "24 घंटों में 8,000 नमूनों की जांच की गई: ICMR\n"
        "आईसीएमआर के अधिकारी ने बताया कि देश में 182 प्रयोगशालाएं हैं।\n"
        "कोरोना से मर सकते हैं हजारों बच्चे: UN\n"
        "संयुक्त राष्ट्र ने कहा कि बच्चों पर खतरा बढ़ा है।\n"
        "बाजार में भीड़ बढ़ी, दुकानें खुलीं: PTI\n"
        "शहर में दुकानें खुल गई हैं।"
    )
    doc = run(layer, finder, roles, text, [("आईसीएमआर", "ORG"), ("संयुक्त राष्ट्र", "ORG")])
    heads = [q for q in doc.quotes if q.kind == "headline"]
    assert [(span(doc, q), speaker(doc, q), q.speaker_text) for q in heads] == [
        ("24 घंटों में 8,000 नमूनों की जांच की गई", "आईसीएमआर", "ICMR"),  # a mention spells it
        ("कोरोना से मर सकते हैं हजारों बच्चे", "संयुक्त राष्ट्र", "UN"),  # the organisation list
    ]  # an agency the story never names is no speaker


def test_headline_speaker_may_be_a_country_but_no_other_place(layer, finder, roles):
    text = (
        "पाकिस्तान कुछ छिपाना चाहता है :भारत\n"
        "भारत ने कहा कि जांच में सहयोग नहीं मिला।\n"
        "कोरोना के दस नए मामले मिले: पटना\n"
        "पटना में दस नए मामले मिले हैं।"
    )
    doc = run(layer, finder, roles, text, [("भारत", "LOC"), ("पटना", "LOC")])
    heads = [q for q in doc.quotes if q.kind == "headline"]
    assert [(span(doc, q), speaker(doc, q)) for q in heads] == [("पाकिस्तान कुछ छिपाना चाहता है", "भारत")]


def test_heading_without_speaker_is_not_a_quote(layer, finder, roles):
    text = "बैठक में हुआ फैसला, नए चेहरों को मिलेगा मौका\nपार्टी की बैठक में कई नेता मौजूद थे।"
    doc = run(layer, finder, roles, text, [])
    assert doc.quotes == []


# -- speakers ----------------------------------------------------------------------------


def test_pronoun_goes_to_last_speaker_of_paragraph(layer, finder, roles):
    text = (
        "सांसद रीना शर्मा ने कहा कि सड़कें बनेंगी। उन्होंने कहा कि अस्पताल भी खुलेगा।\n"
        "विधायक मोहन लाल ने कहा कि स्कूल खुलेंगे। उन्होंने आगे कहा कि शिक्षक भर्ती होंगे।"
    )
    doc = run(layer, finder, roles, text, [("रीना शर्मा", "PERSON"), ("मोहन लाल", "PERSON")])
    assert speaker(doc, find(doc, "अस्पताल")) == "रीना शर्मा"
    assert find(doc, "अस्पताल").speaker_text == "उन्होंने"
    assert speaker(doc, find(doc, "शिक्षक")) == "मोहन लाल"


def test_title_speaker_resolved_through_roles(layer, finder, roles):
    text = (
        "जिले के जिलाधिकारी अजय कुमार ने बैठक ली। "
        "जिलाधिकारी ने कहा कि सभी स्कूल सोमवार से खुलेंगे।"
    )
    doc = run(layer, finder, roles, text, [("अजय कुमार", "PERSON")])
    q = find(doc, "सभी स्कूल")
    assert speaker(doc, q) == "अजय कुमार" and q.speaker_text == "जिलाधिकारी"


def test_quote_inside_quote(layer, finder, roles):
    text = "सांसद रीना शर्मा ने कहा कि उनके नेता मोहन लाल का कहना है कि सबको काम मिलेगा।"
    doc = run(layer, finder, roles, text, [("रीना शर्मा", "PERSON"), ("मोहन लाल", "PERSON")])
    outer = find(doc, "उनके नेता")
    inner = find(doc, "सबको काम")
    assert speaker(doc, outer) == "रीना शर्मा" and outer.reported_by is None
    assert speaker(doc, inner) == "मोहन लाल"
    assert inner.reported_by == outer.speaker


# -- continuations -----------------------------------------------------------------------


def test_continuations_and_where_they_stop(layer, finder, roles):
    text = (
        "मंत्री रमेश यादव ने कहा कि गांवों में बिजली पहुंचेगी। हम हर घर को कनेक्शन देंगे। "
        "यही वजह है कि बजट बढ़ाया गया है। बता दें कि पिछले साल बजट कम था। "
        "इससे किसानों को फायदा होगा।\n"
        "अगले पैराग्राफ में नई बात है।"
    )
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    conts = [span(doc, q) for q in doc.quotes if q.kind == "continuation"]
    assert conts == ["हम हर घर को कनेक्शन देंगे", "यही वजह है कि बजट बढ़ाया गया है"]
    assert all(q.verb is None for q in doc.quotes if q.kind == "continuation")
    assert all(speaker(doc, q) == "रमेश यादव" for q in doc.quotes)


def test_continuation_stops_at_new_attribution(layer, finder, roles):
    text = "रीना शर्मा ने कहा कि सड़कें बनेंगी। मोहन लाल ने इसका विरोध किया। इससे नुकसान होगा।"
    doc = run(layer, finder, roles, text, [("रीना शर्मा", "PERSON"), ("मोहन लाल", "PERSON")])
    assert [q.kind for q in doc.quotes] == ["indirect"]


# -- amounts and offsets -----------------------------------------------------------------


def test_amounts_inside_a_quote_are_linked(layer, finder, roles):
    text = "रीना शर्मा ने कहा कि 20 गांवों में 100 प्रतिशत बिजली है। जिले में 5 स्कूल हैं।"
    doc = make_doc(layer, text, [("रीना शर्मा", "PERSON")])
    t = doc.text
    for words in ("20 गांवों", "100 प्रतिशत", "5 स्कूल"):
        s = t.index(words)
        doc.amounts.append(Amount(s, s + len(words), 1.0))
    finder(doc)
    q = find(doc, "20 गांवों")
    assert q.amounts == [0, 1]


def test_offsets_map_back_to_the_original(layer, finder, roles):
    # curly quotes, a zero-width joiner and Devanagari digits change the normalised text
    text = "स्वास्थ्य मंत्री ने कहा, \u201cदिल्\u200dली में १० नए अस्पताल खुलेंगे।\u201d"
    doc = run(layer, finder, roles, text, [])
    art = doc.to_article()
    (q,) = art.quotes
    assert q.text == text[q.start : q.end] == "दिल्\u200dली में १० नए अस्पताल खुलेंगे"
    assert q.speaker_text == "स्वास्थ्य मंत्री"


def test_example_article_acceptance(layer, finder, roles):
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: the example article is needed")
    names = [
        ("राजेश ठाकुर", "PERSON"),
        ("मंजूर अहमद अंसारी", "PERSON"),
        ("मंजूर अंसारी", "PERSON"),
        ("उमैर खान", "PERSON"),
        ("राहुल गांधी", "PERSON"),
        ("हेमंत सोरेन", "PERSON"),
    ]
    doc = run(layer, finder, roles, EXAMPLE.read_text(encoding="utf-8"), names)
    explicit = [q for q in doc.quotes if q.kind != "continuation" and q.reported_by is None]
    who = [speaker(doc, q) for q in explicit]
    assert who == ["उमैर खान"] * 4 + ["राजेश ठाकुर"] * 6, who
    assert [q.kind for q in explicit][:1] == ["headline"] and explicit[4].kind == "headline"
    assert [explicit[i].verb for i in (7, 8)] == ["भरोसा दिलाना", "कहना"]
    inner = [q for q in doc.quotes if q.reported_by is not None]
    assert len(inner) == 1 and span(doc, inner[0]) == "जिसकी जितनी आबादी उसको उतनी भागीदारी"
    assert speaker(doc, inner[0]) == "राहुल गांधी"
    assert inner[0].reported_by == next(e.id for e in doc.entities if e.name == "राजेश ठाकुर")
    conts = [span(doc, q)[:12] for q in doc.quotes if q.kind == "continuation"]
    assert len(conts) == 6, conts
    assert all(speaker(doc, q) in ("उमैर खान", "राजेश ठाकुर") for q in doc.quotes if q.kind == "continuation")
    for heading in ("दायित्व नहीं निभाने", "अल्पसंख्यक समाज के लिए"):
        assert not any(span(doc, q).startswith(heading) for q in doc.quotes)


# -- speed -------------------------------------------------------------------------------


def test_linear_time_on_long_and_hostile_input(layer, finder, roles):
    unit = "रीना शर्मा ने कहा कि सड़कें बनेंगी। उन्होंने बताया कि 'काम' \"जारी\" है। हम आगे बढ़ेंगे। "
    small = unit * 50
    big = unit * 800
    hostile = ("ने कहा कि " * 3000) + ("\"" * 3000) + (" ' " * 3000) + ("के मुताबिक " * 3000)

    def cost(text: str) -> float:
        doc = make_doc(layer, text, [("रीना शर्मा", "PERSON")])
        t0 = time.perf_counter()
        finder(doc)
        return time.perf_counter() - t0

    c_small, c_big = cost(small), cost(big)
    assert c_big < 40 * c_small + 0.5, (c_small, c_big)  # 16x the text, far from 256x
    assert cost(hostile) < 5.0


def test_statement_before_yah_kahna_hai(layer, finder, roles):
    text = "सरकार को किसानों की बात सुननी चाहिए, यह कहना है किसान नेता रामपाल सिंह का।"
    doc = run(layer, finder, roles, text, [("रामपाल सिंह", "PERSON")])
    (q,) = doc.quotes
    assert (span(doc, q), speaker(doc, q), q.verb) == ("सरकार को किसानों की बात सुननी चाहिए", "रामपाल सिंह", "का कहना")


def test_quoted_paragraph_after_a_quote_is_the_same_speaker(layer, finder, roles):
    text = (
        "मंत्री रमेश यादव ने कहा कि गांवों में बिजली पहुंचेगी।\n"
        "\u201cहम किसी गांव को अंधेरे में नहीं रहने देंगे। यह हमारा वादा है।\u201d\n"
        "\u201cबाजार में आज भीड़ रही\u201d शीर्षक से खबर छपी।"
    )
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    quoted = find(doc, "हम किसी गांव")
    assert (quoted.kind, speaker(doc, quoted)) == ("direct", "रमेश यादव")
    assert span(doc, quoted) == "हम किसी गांव को अंधेरे में नहीं रहने देंगे। यह हमारा वादा है"
    assert not any(span(doc, q).startswith("बाजार") for q in doc.quotes)


def test_nominative_subject_with_words_before_its_verb(layer, finder, roles):
    text = (
        "सुधा वर्मा साथ ही ये भी मानती हैं कि बच्चों को खेलने का समय मिलना चाहिए। "
        "रमेश यादव गांव के बच्चों को पढ़ाते हैं और मानते हैं कि स्कूल जल्दी खुलने चाहिए। "
        "अनिल शर्मा इस सोच से लिखते थे कि उनकी बात लोगों तक पहुंचे।"
    )
    doc = run(layer, finder, roles, text,
              [("सुधा वर्मा", "PERSON"), ("रमेश यादव", "PERSON"), ("अनिल शर्मा", "PERSON")])
    got = [(span(doc, q), speaker(doc, q)) for q in doc.quotes if q.kind == "indirect"]
    assert got == [
        ("बच्चों को खेलने का समय मिलना चाहिए", "सुधा वर्मा"),
        ("स्कूल जल्दी खुलने चाहिए", "रमेश यादव"),
    ]


def test_both_of_the_places_is_no_pair_of_persons(layer, finder, roles):
    text = (
        "राम प्रसाद ने बताया कि ट्रेन तेज थी। श्याम लाल ने कहा कि हादसा सुबह हुआ। "
        "दोनों गांव के लोगों ने बताया कि ट्रैक पर काम चल रहा था।"
    )
    doc = run(layer, finder, roles, text, [("राम प्रसाद", "PERSON"), ("श्याम लाल", "PERSON")])
    got = [(speaker(doc, q), q.speaker_text) for q in doc.quotes if span(doc, q).startswith("ट्रैक पर")]
    assert got == [(None, "दोनों गांव के लोगों")]


def test_a_post_described_by_whom_it_serves_is_someone_new(layer, finder, roles):
    text = (
        "पीड़िता सुनीता देवी ने कहा कि उसे न्याय चाहिए। "
        "अभियोजन पक्ष के वकील ने कहा कि आरोपी को कड़ी सज़ा मिले। "
        "गुजरात के मुख्यमंत्री नरेंद्र मोदी ने कहा कि व्यापार बढ़ेगा। "
        "व्यापारियों को संबोधित करते हुए गुजरात के मुख्यमंत्री ने कहा कि कर घटेंगे।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("नरेंद्र मोदी", "PERSON"), ("गुजरात", "LOC")])
    got = {span(doc, q): speaker(doc, q) for q in doc.quotes}
    assert got["आरोपी को कड़ी सज़ा मिले"] is None
    assert got["कर घटेंगे"] == "नरेंद्र मोदी"


def test_a_converb_takes_no_bare_statement(layer, finder, roles):
    text = (
        "मुख्यमंत्री विजय रूपाणी ने मीडिया को कोरोना वॉरियर्स बताते हुए अखबारों को बकाए का भुगतान कर दिया। "
        "भारत को आतंकवाद का शिकार देश बताते हुए अमेरिका ने कहा कि पाकिस्तान कार्रवाई करे।"
    )
    doc = run(layer, finder, roles, text, [("विजय रूपाणी", "PERSON"), ("अमेरिका", "LOC")])
    got = [(span(doc, q), speaker(doc, q)) for q in doc.quotes]
    assert got == [("पाकिस्तान कार्रवाई करे", "अमेरिका")]


def test_emphasis_pointing_out_and_instruction_verbs(layer, finder, roles):
    text = (
        "सुनीता देवी ने इस बात पर जोर दिया कि सभी को मास्क पहनना चाहिए। "
        "रमेश कुमार ने बातचीत में ध्यान दिलाया कि अभी 400 जिले सुरक्षित हैं। "
        "सरकार ने लोगों को हिदायत दी है कि वे हाथ ना मिलाएं। "
        "किताब में अनिल शर्मा ने इशारा किया है कि विपक्ष को सहूलियतें मिलीं। "
        "कोच हमेशा फिटनेस पर ज़ोर देते हैं कि नहीं, यह साफ नहीं है।"
    )
    doc = run(layer, finder, roles, text,
              [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON"), ("अनिल शर्मा", "PERSON")])
    got = [(span(doc, q), q.verb, q.speaker_text) for q in doc.quotes if q.kind == "indirect"]
    assert got == [
        ("सभी को मास्क पहनना चाहिए", "जोर देना", "सुनीता देवी"),
        ("अभी 400 जिले सुरक्षित हैं", "ध्यान दिलाना", "रमेश कुमार"),
        ("वे हाथ ना मिलाएं", "निर्देश देना", "सरकार"),
        ("विपक्ष को सहूलियतें मिलीं", "इशारा करना", "अनिल शर्मा"),
    ]


def test_a_collective_source_is_no_description_of_the_last_speaker(layer, finder, roles):
    text = (
        "अभिनेता राहुल रॉय ने कहा कि शुरुआत आसान नहीं थी। "
        "इंडस्ट्री में लोग कहते थे कि ये कभी हीरो नहीं बन सकता। "
        "व्यापारी मोहम्मद आसिम ने बताया कि बिक्री घटी है। व्यापारी ने बताया कि ग्राहक कम आ रहे हैं।"
    )
    doc = run(layer, finder, roles, text, [("राहुल रॉय", "PERSON"), ("मोहम्मद आसिम", "PERSON")])
    got = {span(doc, q): speaker(doc, q) for q in doc.quotes if q.kind == "indirect"}
    assert got["ये कभी हीरो नहीं बन सकता"] is None
    assert got["ग्राहक कम आ रहे हैं"] == "मोहम्मद आसिम"


def test_a_participle_before_the_speaker_stays_out_of_its_words(layer, finder, roles):
    text = (
        "प्रभावित लोगों की मदद में जुटी सुनीता देवी ने बताया कि हालात खराब हैं। "
        "कांग्रेस से जुड़े एक वरिष्ठ पत्रकार ने कहा कि सब डरे हुए हैं। "
        "प्रांत में बने बाढ़ नियंत्रण कार्यालय ने बताया कि 21 लोग मारे गए।"
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON")])
    got = [(q.speaker_text, speaker(doc, q)) for q in doc.quotes]
    assert got == [
        ("सुनीता देवी", "सुनीता देवी"),
        ("एक वरिष्ठ पत्रकार", None),
        ("बाढ़ नियंत्रण कार्यालय", None),
    ]


def test_feelings_and_proposals_expressed_about_a_clause(layer, finder, roles):
    text = (
        "कप्तान राजपाल सिंह ने बातचीत में इस पर निराशा जताई कि इनाम की राशि बहुत कम है। "
        "संघ ने प्रस्ताव दिया था कि चुनाव अगले साल हों। "
        "मुख्यमंत्री ने हादसे पर दुख जताया।"
    )
    doc = run(layer, finder, roles, text, [("राजपाल सिंह", "PERSON")])
    got = [(span(doc, q), q.verb, q.speaker_text) for q in doc.quotes]
    assert got == [
        ("इनाम की राशि बहुत कम है", "निराशा जताना", "राजपाल सिंह"),
        ("चुनाव अगले साल हों", "प्रस्ताव देना", "संघ"),
    ]


def test_a_speech_converb_spelt_out_by_a_later_ki_clause(layer, finder, roles):
    text = (
        "नर्स रूचिका चौधरी ने यह कहकर अपनी शादी टाल दी कि अभी उसकी ड्यूटी जरूरी है। "
        "बाल ठाकरे ने भी चीयरलीडर्स का यह कहते हुए विरोध किया था कि वे दर्शकों को बहकाती हैं। "
        "मैं आपको यह बताते हुए खुश हूं कि राज्य कोरोना से मुक्त है।"
    )
    doc = run(layer, finder, roles, text, [("रूचिका चौधरी", "PERSON"), ("बाल ठाकरे", "PERSON")])
    got = statements(doc)
    assert got == [
        ("अभी उसकी ड्यूटी जरूरी है", "कहना", "रूचिका चौधरी"),
        ("वे दर्शकों को बहकाती हैं", "कहना", "बाल ठाकरे"),
    ]


def test_a_statement_goes_on_across_a_wrap_written_as_a_blank_line(layer, finder, roles):
    text = (
        "शीर्षक\n\nउन्होंने कहा. सुनीता देवी ने कहा कि इस वजह से दूसरा \r\r\n\r\r\nविश्व युद्ध ख़त्म हो गया. "
        "बाकी खबर यहां है.\n\nरमेश कुमार ने कहा कि बारिश होगी\n\nअगला पैरा यहां है."
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON"), ("रमेश कुमार", "PERSON")])
    got = {speaker(doc, q): span(doc, q) for q in doc.quotes if q.kind in ("indirect", "headline")}
    assert got["सुनीता देवी"] == "इस वजह से दूसरा \r\r\n\r\r\nविश्व युद्ध ख़त्म हो गया"
    assert got["रमेश कुमार"] == "बारिश होगी"  # a blank line of plain line breaks ends it
    # the wrap right after कि, its next line ending without a stop as a heading would
    text = "शीर्षक\n\nपहला वाक्य यहां है. अनिल शर्मा ने यह भी कहा कि \r\r\n\r\r\nईरान के हित सुरक्षित हैं.यदि \r\r\n\r\r\nआगे देखें तो सब ठीक है."
    doc = run(layer, finder, roles, text, [("अनिल शर्मा", "PERSON")])
    assert [(speaker(doc, q), span(doc, q)) for q in doc.quotes][:1] == [("अनिल शर्मा", "ईरान के हित सुरक्षित हैं")]


def test_conclusions_reached_report_their_clause(layer, finder, roles):
    text = (
        "शीर्षक\n\nपहला वाक्य. इस शोध के बाद शोधकर्ता इस नतीजे पर पहुँचे कि मोबाइल से खतरा है. "
        "वैज्ञानिकों ने इससे ये निष्कर्ष निकाला कि माँ की मौजूदगी जरूरी है. "
        "सुनीता देवी इस निष्कर्ष पर पहुंचीं कि बदलाव जरूरी है."
    )
    doc = run(layer, finder, roles, text, [("सुनीता देवी", "PERSON")])
    got = [(span(doc, q), q.speaker_text, speaker(doc, q)) for q in doc.quotes]
    assert got == [
        ("मोबाइल से खतरा है", "शोधकर्ता", None),
        ("माँ की मौजूदगी जरूरी है", "वैज्ञानिकों", None),
        ("बदलाव जरूरी है", "सुनीता देवी", "सुनीता देवी"),
    ]
