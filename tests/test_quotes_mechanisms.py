"""The general mechanisms of the quote finder, each on hand-written sentences: the
reporting-verb paradigm, speaker linking (aliases, posts, joint speakers), passive,
converb and participle attributions, quotation marks, and the continuation model."""

from __future__ import annotations

import math

import pytest
from helpers import make_doc
from helpers import quote_text as span
from helpers import run_quotes as run
from helpers import speaker_name as who

from khabar.doc import Doc
from khabar.quotes.conjugate import COMPOUND, IMPERFECTIVE, PERFECTIVE, Conjugator
from khabar.quotes.continuation import ContinuationModel
from khabar.quotes.lexicon import QuoteLexicon, norm_word, noun_forms
from khabar.quotes.speaker import _FINITE_RE
from khabar.quotes.train import Example, run_f1
from khabar.record import Entity, Mention, Quote


def starting(doc: Doc, words: str) -> list[Quote]:
    return [q for q in doc.quotes if span(doc, q).startswith(words)]


# -- the reporting-verb paradigm -----------------------------------------------------------


def test_paradigm_of_regular_and_irregular_verbs():
    c = Conjugator()
    assert c.forms("कहना")[PERFECTIVE] == ["कहा", "कही", "कहे"]
    assert {"बताया", "बताई", "बताए"} <= set(c.forms("बताना")[PERFECTIVE])
    assert {"बताते", "बताते हुए", "बता रहे", "बता चुके"} <= set(c.forms("बताना")[IMPERFECTIVE])
    assert {"जानकारी दी", "जानकारी दिया", "जानकारी दीं"} <= set(c.forms("जानकारी देना")[PERFECTIVE])
    assert "आरोप लगाते हुए" in c.forms("आरोप लगाना")[IMPERFECTIVE]
    assert "बोलीं" in c.forms("बोलना", honorific=True)[PERFECTIVE]
    assert "कहीं" not in c.forms("कहना")[PERFECTIVE]  # "somewhere", not a verb form
    with pytest.raises(ValueError):
        c.forms("आरोप")


def test_compound_perfective_with_a_vector_verb():
    c = Conjugator()
    assert {"कह दिया", "कह दी", "कह लिया"} <= set(c.forms("कहना")[COMPOUND])
    assert "साफ कर दिया" in c.forms("साफ करना")[COMPOUND]
    lex = QuoteLexicon()
    assert lex.verb("साफ कर दिया").agent == "ne"
    assert lex.verb("कह दिया").lemma == "कहना"
    assert lex.verb("लिख दिया") is None  # verbs.tsv: no compound for लिखना


def test_lexicon_gives_each_form_its_agent():
    lex = QuoteLexicon()
    agents = {f: lex.verb(f).agent for f in ("कहा", "आरोप लगाया", "बताते हुए", "कह रहे", "बोलीं", "कहना है")}
    assert agents == {"कहा": "ne", "आरोप लगाया": "ne", "बताते हुए": "nom", "कह रहे": "nom",
                      "बोलीं": "nom", "कहना है": "ka"}
    assert lex.verb("मांग करते हुए").lemma == "मांग करना"


def test_converb_and_progressive_forms_find_their_speaker(layer, finder, roles):
    text = "किसान नेता रामपाल सिंह सरकार पर आरोप लगाते हुए बोले कि फसलों का दाम नहीं मिला।"
    doc = run(layer, finder, roles, text, [("रामपाल सिंह", "PERSON")])
    (q,) = starting(doc, "फसलों")
    assert who(doc, q) == "रामपाल सिंह"


# -- speaker phrases ---------------------------------------------------------------------


def test_finite_verb_forms_end_a_speaker_phrase_but_names_do_not():
    assert all(_FINITE_RE.fullmatch(w) for w in ("देगी", "करेंगे", "जाएगा", "होंगी", "पाएंगे"))
    assert not any(_FINITE_RE.fullmatch(w) for w in ("योगी", "गंगा", "सहयोगी", "मेघा"))


@pytest.mark.parametrize("opener", ["इसके अलावा", "उधर", "इधर", "बहरहाल", "दरअसल"])
def test_connective_is_no_part_of_the_speaker(layer, finder, roles, opener):
    text = f"{opener} सरकार ने कहा कि बंदरगाहों पर जांच जारी रहेगी।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert q.speaker_text == "सरकार"


# -- speaker linking -------------------------------------------------------------------------


def test_bracketed_abbreviation_speaks_for_the_full_name(layer, finder, roles):
    text = (
        "ब्रिटिश ट्रांसपोर्ट पुलिस (बीटीपी) ने कहा कि घटना में कुछ संदिग्ध नहीं है। "
        "बीटीपी के एक प्रवक्ता ने कहा, \"हमें रात आठ बजे बुलाया गया था।\""
    )
    doc = run(layer, finder, roles, text, [("ब्रिटिश ट्रांसपोर्ट पुलिस", "ORG"), ("बीटीपी", "ORG")])
    assert [who(doc, q) for q in doc.quotes] == ["ब्रिटिश ट्रांसपोर्ट पुलिस"] * 2


def test_initialism_in_both_scripts(layer, finder, roles):
    text = "ICMR ने कहा कि जांच किट पर्याप्त हैं। आईसीएमआर ने बताया कि दो लाख नमूने जांचे गए।"
    doc = run(layer, finder, roles, text, [("ICMR", "ORG"), ("आईसीएमआर", "ORG")])
    assert {who(doc, q) for q in doc.quotes} == {"ICMR"}


def test_partial_organisation_name_links_to_the_full_one(layer, finder, roles):
    text = (
        "भारतीय मौसम विज्ञान विभाग ने दावा किया है कि मानसून जल्द आएगा। "
        "मौसम विभाग ने कहा कि केरल में बारिश सात जून तक शुरू होगी।"
    )
    doc = run(layer, finder, roles, text, [("भारतीय मौसम विज्ञान विभाग", "ORG")])
    (q,) = starting(doc, "केरल")
    assert who(doc, q) == "भारतीय मौसम विज्ञान विभाग"


def test_name_with_a_trailing_verb_gives_way_to_the_clean_name(layer, finder, roles):
    text = "उद्धव ठाकरे बोले- सब एक हैं\nउद्धव ठाकरे ने कहा कि लोग घबराएं नहीं।"
    doc = run(layer, finder, roles, text, [("उद्धव ठाकरे बोले", "PERSON"), ("उद्धव ठाकरे", "PERSON")])
    assert {who(doc, q) for q in doc.quotes} == {"उद्धव ठाकरे"}


def test_an_organisation_named_with_and_without_a_scope_word_speaks_by_its_plain_name(layer, finder, roles):
    text = (
        "राज्य स्वास्थ्य विभाग ने बताया कि 12 नए मामले मिले हैं। "
        "स्वास्थ्य विभाग के अनुसार अब तक 500 नमूनों की जांच हुई है। "
        "राज्य सरकार ने कहा कि स्कूल बंद रहेंगे।"
    )
    doc = run(layer, finder, roles, text, [("राज्य स्वास्थ्य विभाग", "ORG"), ("स्वास्थ्य विभाग", "ORG"),
                                           ("राज्य सरकार", "ORG")])
    assert [(who(doc, q), q.speaker_text) for q in doc.quotes] == [
        ("स्वास्थ्य विभाग", "राज्य स्वास्थ्य विभाग"),
        ("स्वास्थ्य विभाग", "स्वास्थ्य विभाग"),
        ("राज्य सरकार", "राज्य सरकार"),  # two words: the scope word stays part of the name
    ]


def test_an_expert_of_a_place_is_no_voice_of_the_place(layer, finder, roles):
    text = (
        "चीन के शीर्ष वैज्ञानिक ने दावा किया है कि महीने के आखिर तक वायरस थम जाएगा। "
        "सरकार के सलाहकार झोंग नानशान ने कहा कि दूसरा चरण नहीं आएगा।\n"
        "भारत के एक वैज्ञानिक ने कहा कि टीका जल्द आएगा।\n"
        "मौसम विभाग के जानकारों का कहना है कि गर्मी अभी और पड़ेगी।"
    )
    doc = run(layer, finder, roles, text, [("चीन", "LOC"), ("झोंग नानशान", "PERSON"), ("भारत", "LOC"),
                                           ("मौसम विभाग", "ORG")])
    got = [(span(doc, q)[:12], who(doc, q), q.speaker_text) for q in doc.quotes if q.kind == "indirect"]
    assert got == [
        ("महीने के आखि", "झोंग नानशान", "चीन के शीर्ष वैज्ञानिक"),  # described first, named next
        ("दूसरा चरण नह", "झोंग नानशान", "झोंग नानशान"),
        ("टीका जल्द आए", None, "भारत के एक वैज्ञानिक"),  # one of many: unnamed
        ("गर्मी अभी और", "मौसम विभाग", "मौसम विभाग के जानकारों"),  # a body's experts: the body
    ]


def test_a_bare_organisation_noun_takes_the_words_of_the_unrecognised_body_quoted_before(layer, finder, roles):
    text = (
        "मौसम विभाग ने कहा कि तूफान रात को तट से टकराएगा। "
        "विभाग के मुताबिक लहरें तीन मीटर तक ऊंची होंगी। "
        "कंपनी ने कहा कि उड़ानें रद्द रहेंगी।"
    )
    doc = run(layer, finder, roles, text, [])
    got = [(span(doc, q)[:10], q.speaker_text, q.speaker) for q in doc.quotes if q.kind == "indirect"]
    assert got == [
        ("तूफान रात ", "मौसम विभाग", None),
        ("लहरें तीन ", "मौसम विभाग", None),
        ("उड़ानें रद", "कंपनी", None),  # another kind of body: its own words
    ]


def test_a_pronoun_after_a_persons_stated_view_points_to_that_person(layer, finder, roles):
    text = (
        "प्रोफ़ेसर एंडर्स अहलबॉम ने कहा कि शोध अच्छा है। "
        "प्रोफ़ेसर डेविड स्पीजेलहॉलटर की राय भी कुछ इसी तरह की है। "
        "उनका कहना है कि आंकड़े बहुत पुराने नहीं हैं।"
    )
    doc = run(layer, finder, roles, text, [("एंडर्स अहलबॉम", "PERSON"), ("डेविड स्पीजेलहॉलटर", "PERSON")])
    (q,) = starting(doc, "आंकड़े")
    assert who(doc, q) == "डेविड स्पीजेलहॉलटर"


def test_an_officer_of_one_body_is_no_holder_of_the_same_post_in_another(layer, finder, roles):
    text = (
        "गृह मंत्रालय की अधिकारी सलिला श्रीवास्तव ने बताया कि राज्यों को पत्र लिखा गया है। "
        "आईसीएमआर के अधिकारी ने बताया कि देश में 182 प्रयोगशालाएं हैं।"
    )
    doc = run(layer, finder, roles, text, [("गृह मंत्रालय", "ORG"), ("सलिला श्रीवास्तव", "PERSON"),
                                           ("आईसीएमआर", "ORG")])
    (q,) = starting(doc, "देश में 182")
    assert who(doc, q) == "आईसीएमआर"


def test_post_written_as_abbreviation_finds_its_holder(layer, finder, roles):
    text = "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने कहा कि ट्रायल जल्द होगा। सीएम ने कहा कि नतीजे अच्छे आएंगे।"
    doc = run(layer, finder, roles, text, [("अरविंद केजरीवाल", "PERSON")])
    (q,) = starting(doc, "नतीजे")
    assert who(doc, q) == "अरविंद केजरीवाल"


def test_a_post_written_in_one_word_finds_the_holder_of_its_two_word_form(layer, finder, roles):
    text = (
        "प्रदेश के उप मुख्यमंत्री केशव प्रसाद मौर्य ने सभा को संबोधित किया। "
        "डिप्टी सीएम ने कहा कि सड़कें बनेंगी। उन्होंने कहा कि गांवों में बिजली आएगी।"
    )
    doc = run(layer, finder, roles, text, [("केशव प्रसाद मौर्य", "PERSON")])
    assert [(span(doc, q), who(doc, q)) for q in doc.quotes if q.kind == "indirect"] == [
        ("सड़कें बनेंगी", "केशव प्रसाद मौर्य"),
        ("गांवों में बिजली आएगी", "केशव प्रसाद मौर्य"),
    ]


def test_headline_post_is_the_holder_named_in_the_story(layer, finder, roles):
    text = "आज ठीक हुए 33 मरीज: स्वास्थ्य मंत्री\nस्वास्थ्य मंत्री मंगल पांडेय ने बताया कि मरीज तेजी से ठीक हो रहे हैं।"
    doc = run(layer, finder, roles, text, [("मंगल पांडेय", "PERSON")])
    (h,) = [q for q in doc.quotes if q.kind == "headline"]
    assert who(doc, h) == "मंगल पांडेय"


def test_joint_speakers_get_one_quote_each(layer, finder, roles):
    text = "रमेश यादव और सीता देवी ने कहा कि पुल जल्द बनेगा।"
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON"), ("सीता देवी", "PERSON")])
    assert sorted(who(doc, q) for q in doc.quotes) == ["रमेश यादव", "सीता देवी"]
    assert len({(q.start, q.end) for q in doc.quotes}) == 1


def test_both_leaders_are_the_two_persons_named_before(layer, finder, roles):
    text = "राष्ट्रपति ट्रंप ने प्रधानमंत्री लियो वराडकर का स्वागत किया। दोनों नेताओं ने कहा कि हाथ मिलाना ठीक नहीं है।"
    doc = run(layer, finder, roles, text, [("ट्रंप", "PERSON"), ("लियो वराडकर", "PERSON")])
    assert sorted(who(doc, q) for q in doc.quotes) == ["ट्रंप", "लियो वराडकर"]


def test_described_successor_is_not_a_second_speaker(layer, finder, roles):
    text = "उनके उत्तराधिकारी और बेटे इल्हाम अलीयेव ने कहा कि प्रेस आजाद है।"
    doc = run(layer, finder, roles, text, [("इल्हाम अलीयेव", "PERSON")])
    assert [who(doc, q) for q in doc.quotes] == ["इल्हाम अलीयेव"]


# -- attributions ------------------------------------------------------------------------


def test_passive_agent_anywhere_in_the_clause(layer, finder, roles):
    text = "स्वास्थ्य विभाग की ओर से विदेश से लौटे लोगों से विशेष अपील की गई है कि वे तुरंत जांच कराएं।"
    doc = run(layer, finder, roles, text, [("स्वास्थ्य विभाग", "ORG")])
    (q,) = doc.quotes
    assert (span(doc, q), who(doc, q)) == ("वे तुरंत जांच कराएं", "स्वास्थ्य विभाग")


def test_converb_attribution_before_its_speaker(layer, finder, roles):
    text = "मौजूदा समय को 'चुनौतीपूर्ण' करार देते हुए विक्रम किर्लोस्कर ने कहा कि नकदी बढ़ानी चाहिए।"
    doc = run(layer, finder, roles, text, [("विक्रम किर्लोस्कर", "PERSON")])
    labelled = [q for q in doc.quotes if "चुनौतीपूर्ण" in span(doc, q)]
    assert labelled and who(doc, labelled[0]) == "विक्रम किर्लोस्कर"
    assert labelled[0].verb == "करार देना"


def test_object_after_a_converb_clause(layer, finder, roles):
    text = "सोनिया गांधी ने हमले की निंदा करते हुए इसे 'लोकतांत्रिक मूल्यों' पर हमला करार दिया।"
    doc = run(layer, finder, roles, text, [("सोनिया गांधी", "PERSON")])
    (q,) = [q for q in doc.quotes if q.verb == "करार देना"]
    assert span(doc, q) == "इसे 'लोकतांत्रिक मूल्यों' पर हमला"


def test_participle_names_the_speaker_after_it(layer, finder, roles):
    text = "आरुषि केस पर फिल्म बनाने का ऐलान करने वाले मिलन लूथरिया के मुताबिक इस केस में कई सवाल हैं।"
    doc = run(layer, finder, roles, text, [("मिलन लूथरिया", "PERSON")])
    (q,) = starting(doc, "आरुषि")
    assert (span(doc, q), who(doc, q)) == ("आरुषि केस पर फिल्म बनाने", "मिलन लूथरिया")


def test_listed_demands_and_subjectless_kaha(layer, finder, roles):
    text = (
        "निवासी विजय सिंह ने कहा कि नालियां चोक हैं। उन्होंने सफाई, छिड़काव और फॉगिंग की मांग की। "
        "कहा कि मच्छरों का आतंक है।"
    )
    doc = run(layer, finder, roles, text, [("विजय सिंह", "PERSON")])
    (demand,) = starting(doc, "सफाई")
    assert span(doc, demand) == "सफाई, छिड़काव और फॉगिंग" and who(doc, demand) == "विजय सिंह"
    (bare,) = starting(doc, "मच्छरों")
    assert who(doc, bare) == "विजय सिंह"


def test_reference_only_object_is_no_statement(layer, finder, roles):
    text = "मंत्री रमेश यादव ने कहा कि अस्पताल खुलेंगे। उन्होंने इस बात की जानकारी दी।"
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    assert not starting(doc, "इस बात")


def test_doubled_apostrophes_are_quotation_marks(layer, finder, roles):
    text = "वित्त मंत्री निर्मला सीतारमण ने कहा, ''बाजार में अफरा-तफरी है। हम निगरानी कर रहे हैं।'' बाजार गिरा।"
    doc = run(layer, finder, roles, text, [("निर्मला सीतारमण", "PERSON")])
    (q,) = doc.quotes
    assert q.kind == "direct"
    assert span(doc, q) == "बाजार में अफरा-तफरी है। हम निगरानी कर रहे हैं"


def test_single_marks_standing_alone_between_spaces_pair(layer, finder, roles):
    text = (
        "मीडिया प्रबंधक इमरान गारदेजी ने बताया , ' नई दिल्ली के लिए हमारी पहली उड़ान बुधवार को "
        "रवाना होगी। ' यह उड़ान दोपहर तीन बजे रवाना होगी।"
    )
    doc = run(layer, finder, roles, text, [("इमरान गारदेजी", "PERSON")])
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [span(doc, q) for q in direct] == ["नई दिल्ली के लिए हमारी पहली उड़ान बुधवार को रवाना होगी"]
    assert who(doc, direct[0]) == "इमरान गारदेजी"


def test_a_misspelt_ergative_still_marks_the_speaker(layer, finder, roles):
    text = "पेदापल्ली में मौजूद पत्रकारों नें बताया कि अंतिम संस्कार के लिए भीड़ उमड़ पड़ी।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert q.speaker is None and q.speaker_text is not None and q.speaker_text.endswith("पत्रकारों")
    assert span(doc, q) == "अंतिम संस्कार के लिए भीड़ उमड़ पड़ी"


def test_a_tweet_after_a_comma_is_the_statement(layer, finder, roles):
    text = "रेल मंत्री पीयूष गोयल ने ट्वीट किया, मैं सभी राज्यों से अपील करता हूं कि वे अनुमति दें।"
    doc = run(layer, finder, roles, text, [("पीयूष गोयल", "PERSON")])
    q = min(doc.quotes, key=lambda q: q.start)
    assert span(doc, q).startswith("मैं सभी राज्यों से अपील करता हूं")
    assert who(doc, q) == "पीयूष गोयल" and q.verb == "ट्वीट करना"


def test_an_aside_in_brackets_before_the_source_is_no_part_of_it(layer, finder, roles):
    text = (
        "रेखा और अमिताभ की फ़िल्म चर्चा में है। (जब अमिताभ के लिए रुक गई लड़ाई)मनोरंजन जगत की "
        "ख़बरों के मुताबिक़ दोनों एक साथ फ़िल्म में दिखने वाले थे।"
    )
    doc = run(layer, finder, roles, text, [("अमिताभ", "PERSON"), ("रेखा", "PERSON")])
    (q,) = starting(doc, "दोनों एक साथ")
    assert q.speaker is None and q.speaker_text == "मनोरंजन जगत की ख़बरों"


def test_a_statement_cut_by_a_line_break_goes_on_to_the_next_line(layer, finder, roles):
    text = (
        "मटन की बिक्री पर करीब 30 फीसदी तक असर पड़ा है। वहीं, जामा मस्जिद स्थित दुकानदार वसीम ने "
        "बताया कि कोरोना\n"
        "के डर के कारण लोग मटन की खरीदारी से परहेज कर रहे हैं। बाजार में सन्नाटा है।"
    )
    doc = run(layer, finder, roles, text, [("वसीम", "PERSON")])
    q = min(doc.quotes, key=lambda q: q.start)
    assert span(doc, q) == "कोरोना\nके डर के कारण लोग मटन की खरीदारी से परहेज कर रहे हैं"


def test_bakaul_without_a_comma_takes_the_recognised_name(layer, finder, roles):
    text = "फ़िल्म कई सवाल उठाती है. बकौल आतिफ़ फ़िल्म बोल बहुत से सहमे हुए होठों को ज़ुबान देगी."
    doc = run(layer, finder, roles, text, [("आतिफ़", "PERSON")])
    (q,) = doc.quotes
    assert who(doc, q) == "आतिफ़"
    assert span(doc, q) == "फ़िल्म बोल बहुत से सहमे हुए होठों को ज़ुबान देगी"


def test_a_heading_may_name_a_report_the_story_quotes(layer, finder, roles):
    text = (
        "मई के मध्य तक सामने आ सकते हैं 13 लाख केस: रिपोर्ट\n\n"
        "रिपोर्ट में कहा गया है कि मई के दूसरे हफ्ते तक मामले तेजी से बढ़ेंगे।\n\n"
        "सरकार की तैयारी: अस्पताल\n\nअस्पतालों में बेड बढ़ाए गए हैं।"
    )
    doc = run(layer, finder, roles, text, [])
    heads = [(span(doc, q), q.speaker_text) for q in doc.quotes if q.kind == "headline"]
    assert heads == [("मई के मध्य तक सामने आ सकते हैं 13 लाख केस", "रिपोर्ट")]


def test_initials_and_a_place_after_a_comma_around_the_speaker(layer, finder, roles):
    """"डीजीपी एच.सी. अवस्थी, लखनऊ ने बताया": the place locates the speaker, and the
    initials keep him apart from "अवनीश अवस्थी", to whom the recogniser gave the surname."""
    text = (
        "अपर मुख्य सचिव अवनीश अवस्थी ने बैठक की। "
        "वहीं डीजीपी एच.सी. अवस्थी, लखनऊ ने बताया कि हॉटस्पॉट इलाके सील किए जाएंगे।"
    )
    doc = run(layer, finder, roles, text, [("अवनीश अवस्थी", "PERSON"), ("लखनऊ", "LOC")])
    (q,) = starting(doc, "हॉटस्पॉट")
    assert q.speaker is None and q.speaker_text == "एच.सी. अवस्थी"


def test_one_person_described_twice_is_no_joint_speaker(layer, finder, roles):
    text = (
        "पूछे जाने पर माओवादी समर्थक और लोक गायक ग़दर का कहना था कि नेता उनके पैर छूते थे। "
        "मियामी डेड डिटेक्टिव और प्रवक्ता अल्वारो जबलेता ने कहा कि जांच जारी है।"
    )
    doc = run(layer, finder, roles, text,
              [("माओवादी", "ORG"), ("ग़दर", "PERSON"), ("मियामी डेड डिटेक्टिव", "PERSON"),
               ("अल्वारो जबलेता", "PERSON")])
    assert [who(doc, q) for q in starting(doc, "नेता उनके")] == ["ग़दर"]
    assert [who(doc, q) for q in starting(doc, "जांच जारी")] == ["अल्वारो जबलेता"]


def test_no_statement_in_a_relative_clause_a_participle_or_to_the_reader(layer, finder, roles):
    text = (
        "आज संक्रमितों की संख्या बढ़ गई. आइए आपको बताते हैं कोरोना से जुड़ी आज की पांच बड़ी खबरें. "
        "अभिनेता अमिताभ बच्चन ने एक प्रेस कॉन्फ़्रेंस के दौरान यह बात कही जो शो की शुरुआत पर हुई. "
        "जो भी व्यक्ति स्वास्थ्य विभाग द्वारा बताए गए सुरक्षा मानकों का उल्लंघन करेगा उस पर कार्रवाई होगी."
    )
    doc = run(layer, finder, roles, text, [("अमिताभ बच्चन", "PERSON"), ("स्वास्थ्य विभाग", "ORG")])
    assert doc.quotes == []


def test_a_correlative_pronoun_is_no_source(layer, finder, roles):
    text = (
        "प्रमुख सचिव अमित मोहन प्रसाद ने बताया कि जांच तेज हुई है। "
        "जो जानकारी उपलब्ध है, उसके मुताबिक प्रदेश में संक्रमितों की संख्या 2,115 हो गई है।"
    )
    doc = run(layer, finder, roles, text, [("अमित मोहन प्रसाद", "PERSON")])
    assert starting(doc, "प्रदेश में") == []


def test_holding_someone_responsible_is_a_statement(layer, finder, roles):
    text = "भारत ने इस हमले के लिए पाकिस्तान को जिम्मेदार ठहराया था। उड़ानें बंद रहीं।"
    doc = run(layer, finder, roles, text, [("भारत", "ORG"), ("पाकिस्तान", "LOC")])
    (q,) = doc.quotes
    assert who(doc, q) == "भारत" and span(doc, q) == "इस हमले के लिए पाकिस्तान को"


def test_a_listed_subject_speaks_in_the_elided_sentence_after_it(layer, finder, roles):
    text = (
        "परिषद उपाध्यक्ष करन बोरा, भाजपा नेता विक्रम सिंह नेगी आदि ने कर्मचारियों का सम्मान किया। "
        "कहा कि बेहतर सेवाएं देने वाले कर्मचारी सम्मान के हकदार हैं।"
    )
    doc = run(layer, finder, roles, text, [("करन बोरा", "PERSON"), ("विक्रम सिंह नेगी", "PERSON")])
    said = sorted(who(doc, q) or "" for q in starting(doc, "बेहतर सेवाएं"))
    assert said == ["करन बोरा", "विक्रम सिंह नेगी"]


def test_a_listed_subject_with_adi_speaks_jointly(layer, finder, roles):
    text = "करन बोरा, विक्रम सिंह नेगी आदि ने कहा कि कर्मचारी सम्मान के हकदार हैं।"
    doc = run(layer, finder, roles, text, [("करन बोरा", "PERSON"), ("विक्रम सिंह नेगी", "PERSON")])
    said = sorted(who(doc, q) or "" for q in starting(doc, "कर्मचारी"))
    assert said == ["करन बोरा", "विक्रम सिंह नेगी"]


def test_two_initialisms_speak_jointly(layer, finder, roles):
    text = "अभी तक WHO और ICMR यही मानते हैं कि वायरस ने अपना व्यवहार नहीं बदला है।"
    doc = run(layer, finder, roles, text, [])
    said = sorted(q.speaker_text or "" for q in starting(doc, "वायरस ने"))
    assert said == ["ICMR", "WHO"]


def test_verbless_headings_on_a_statement_noun(layer, finder, roles):
    text = (
        "केजरीवाल सरकार का बड़ा ऐलान, कोरोना योद्धाओं के परिवार को एक करोड़ रुपये मिलेंगे\n\n"
        "मुख्यमंत्री अरविंद केजरीवाल ने बुधवार को यह घोषणा की।\n\n"
        "Corona Virus: दिलीप कुमार आइसोलेशन में, लोगों से सावधानी बरतने की अपील\n\n"
        "अभिनेता दिलीप कुमार ने ट्विटर पर संदेश लिखा।"
    )
    doc = run(layer, finder, roles, text, [("अरविंद केजरीवाल", "PERSON"), ("दिलीप कुमार", "PERSON")])
    heads = sorted((span(doc, q), q.speaker_text, who(doc, q)) for q in doc.quotes if q.kind == "headline")
    assert heads == [
        ("कोरोना योद्धाओं के परिवार को एक करोड़ रुपये मिलेंगे", "केजरीवाल सरकार", None),
        ("सावधानी बरतने", "दिलीप कुमार", "दिलीप कुमार"),
    ]


def test_a_bare_ministry_is_the_ministry_named_in_either_word(layer, finder, roles):
    text = "शिपिंग मिनिस्ट्री ने बंदरगाहों पर जांच बढ़ाई है। मंत्रालय का कहना है कि सभी जहाजों की जांच होगी।"
    doc = run(layer, finder, roles, text, [("शिपिंग मिनिस्ट्री", "ORG")])
    (q,) = starting(doc, "सभी जहाजों")
    assert who(doc, q) == "शिपिंग मिनिस्ट्री"


def test_a_photo_credit_is_no_headline(layer, finder, roles):
    text = (
        "आरोग्य सेतु ऐप से हो रही ट्रेसिंग\n\n"
        "aarogya setu app - फोटो : amar ujala/प्रदीप पाण्डेय\n\n"
        "संपादक प्रदीप पाण्डेय ने कहा कि ऐप से मदद मिल रही है।"
    )
    doc = run(layer, finder, roles, text, [("प्रदीप पाण्डेय", "PERSON")])
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_a_persons_page_speaks_for_them(layer, finder, roles):
    text = "हादसे में निशा सेजवाल की मौत हो गई। निशा सेजवाल के फेसबुक पेज के मुताबिक, उसने पिछले साल फ्लाइट स्कूल में दाखिला लिया था।"
    doc = run(layer, finder, roles, text, [("निशा सेजवाल", "PERSON")])
    (q,) = starting(doc, "उसने पिछले")
    assert who(doc, q) == "निशा सेजवाल"


# -- continuations -------------------------------------------------------------------------


def test_shipped_continuation_scorer_weighs_narration_against_the_speakers_voice():
    """The shipped, hand-set scorer: a plain sentence continues; one strong narration
    signal with a weak one stops it; the speaker's own voice outweighs them."""
    m = ContinuationModel.load()
    assert math.isfinite(m.threshold)
    assert m.accepts(["bias", "end:present", "run:0", "speaker:person", "paragraph:short"])
    assert not m.accepts(["bias", "end:past", "cue:time", "speaker:person", "paragraph:short"])
    assert not m.accepts(["bias", "end:past", "paragraph:long", "speaker:unnamed", "paragraph:short"])
    assert m.accepts(["bias", "cue:first", "end:past", "run:2", "speaker:unnamed"])
    hand = ContinuationModel({"end:past": -1.0, "cue:first": 1.0}, threshold=0.0)
    assert hand.accepts(["cue:first"]) and not hand.accepts(["end:past"])


def test_continuation_stops_at_narration_and_at_another_agent(layer, finder, roles):
    text = (
        "मंत्री रमेश यादव ने कहा कि सड़कें बनेंगी। हम हर गांव को जोड़ेंगे। "
        "बता दें कि पिछले साल बाढ़ आई थी। हमें काम करना होगा।"
    )
    doc = run(layer, finder, roles, text, [("रमेश यादव", "PERSON")])
    conts = [span(doc, q) for q in doc.quotes if q.kind == "continuation"]
    assert conts == ["हम हर गांव को जोड़ेंगे"]


def test_a_passive_order_to_someone_continues_but_a_report_does_not(layer, finder, roles):
    text = (
        "मुख्यमंत्री अरविंद केजरीवाल ने कहा कि अस्पतालों में बेड तैयार हैं। "
        "सभी विभागों को कहा गया है कि वे सतर्क रहें। "
        "रिपोर्ट में कहा गया है कि मामले बढ़ रहे हैं।"
    )
    doc = run(layer, finder, roles, text, [("अरविंद केजरीवाल", "PERSON")])
    conts = [(span(doc, q), who(doc, q)) for q in doc.quotes if q.kind == "continuation"]
    assert conts == [("सभी विभागों को कहा गया है कि वे सतर्क रहें", "अरविंद केजरीवाल")]


def test_continuation_runs_over_a_line_break_but_not_a_blank_line(layer, finder, roles):
    text = (
        "राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि संगठन ने गलती की।\n"
        "हम इसकी फंडिंग पर रोक लगाने जा रहे हैं।\n\n"
        "हमें इसकी जांच करनी होगी।"
    )
    doc = run(layer, finder, roles, text, [("डोनाल्ड ट्रंप", "PERSON")])
    conts = [(span(doc, q), who(doc, q)) for q in doc.quotes if q.kind == "continuation"]
    assert conts == [("हम इसकी फंडिंग पर रोक लगाने जा रहे हैं", "डोनाल्ड ट्रंप")]


def test_a_continuation_ends_before_an_aside_glued_to_its_stop(layer, finder, roles):
    text = (
        "कंपनी के मालिक हांस जेंसन ने कहा कि हमें इस गलती पर अफसोस है। "
        "हम सभी मग नष्ट कर देंगे.(बीबीसी हिन्दी के ऐप के लिए आप यहां क्लिक कर सकते हैं)"
    )
    doc = run(layer, finder, roles, text, [("हांस जेंसन", "PERSON")])
    conts = [span(doc, q) for q in doc.quotes if q.kind == "continuation"]
    assert conts == ["हम सभी मग नष्ट कर देंगे"]


def test_a_statement_ends_before_an_aside_glued_to_its_stop(layer, finder, roles):
    text = "हांस जेंसन ने कहा कि सभी मग नष्ट किए जाएंगे.(बीबीसी हिन्दी के ऐप के लिए यहां क्लिक करें)"
    doc = run(layer, finder, roles, text, [("हांस जेंसन", "PERSON")])
    assert [span(doc, q) for q in doc.quotes] == ["सभी मग नष्ट किए जाएंगे"]


def test_a_read_more_line_is_no_continuation(layer, finder, roles):
    text = "अभिनेता दिलीप कुमार ने बताया कि उनकी पत्नी उनका पूरा ख्याल रख रही हैं. खबर विस्तार से पढ़ें..."
    doc = run(layer, finder, roles, text, [("दिलीप कुमार", "PERSON")])
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_run_f1_stops_each_run_at_its_first_rejection():
    ex = [Example(1, 0, [], 1), Example(1, 0, [], 1), Example(1, 1, [], 0), Example(1, 1, [], 1)]
    scored = list(zip(ex, [1.0, -1.0, 1.0, 1.0], strict=True))
    p, r, f = run_f1(scored, 0.0)
    # run 0: the second sentence is rejected; run 1: a false one, then a true one
    assert (p, r) == (2 / 3, 2 / 3) and abs(f - 2 / 3) < 1e-9


def test_a_bare_initialism_joins_the_name_whose_mention_it_is(layer, finder, roles):
    """The recogniser linked "(आईएटीए)" to the full name but left the later "आईएटीए"
    as an entity of its own: the speaker is the full name."""
    text = (
        "अंतरराष्ट्रीय हवाई परिवहन संघ (आईएटीए) ने एक रिपोर्ट जारी की। "
        "आईएटीए ने कहा कि एयरलाइन उद्योग को बड़ा झटका लगेगा।"
    )
    doc = make_doc(layer, text, [("अंतरराष्ट्रीय हवाई परिवहन संघ", "ORG"), ("आईएटीए", "ORG")])
    full, short = doc.entities
    full.mentions.append(short.mentions.pop(0))  # the bracketed one, linked
    roles(doc)
    finder(doc)
    (q,) = [q for q in doc.quotes if span(doc, q).startswith("एयरलाइन")]
    assert who(doc, q) == "अंतरराष्ट्रीय हवाई परिवहन संघ"


def test_a_place_inside_a_longer_name_does_not_cut_the_speaker(layer, finder, roles):
    """The recogniser found only the place of "एयर न्यूजीलैंड" and "मारुति सुजुकी
    इंडिया" (and took "स्पोक्सपर्सन" for a person): the whole name speaks; a place
    after a description ("पड़ोसी देश चीन") stays the place."""
    text = (
        "एयर न्यूजीलैंड के मुताबिक रोटारुआ के लिए उड़ानें सुबह शुरू हो गईं। "
        "मारुति सुजुकी इंडिया के स्पोक्सपर्सन ने कहा, \"हमें अब तक कोई समस्या नहीं हुई है।\" "
        "पड़ोसी देश चीन ने कहा कि सीमा पर शांति है।"
    )
    doc = run(layer, finder, roles, text,
              [("न्यूजीलैंड", "LOC"), ("इंडिया", "LOC"), ("स्पोक्सपर्सन", "PERSON"), ("चीन", "LOC")])
    (air,) = starting(doc, "रोटारुआ")
    assert air.speaker is None and air.speaker_text == "एयर न्यूजीलैंड"
    (maruti,) = starting(doc, "हमें अब तक")
    assert maruti.speaker is None and maruti.speaker_text == "मारुति सुजुकी इंडिया"
    (china,) = starting(doc, "सीमा पर")
    assert who(doc, china) == "चीन"


def test_a_compound_postposition_ends_the_speaker_phrase(layer, finder, roles):
    text = "इन्हीं आशंकाओं के मद्देनजर सरकार ने सभी अस्पतालों को तैयारियां पूरी करने का निर्देश दिया है।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert q.speaker_text == "सरकार"


def test_the_police_speak_for_themselves_but_a_bare_company_is_the_one_named(layer, finder, roles):
    text = (
        "नेशनल ट्रांसपोर्टेशन सेफ्टी बोर्ड हादसे की जांच कर रहा है। "
        "पुलिस का मानना है कि दोनों विमान एक साथ उड़ रहे थे। "
        "अमेजन ने राहत कोष बनाया है। कंपनी ने कहा कि कर्मचारियों की मदद की जाएगी। "
        "साइक्लोन वार्निंग सेंटर ने चेतावनी जारी की है। विभाग ने कहा कि भारी बारिश होगी।"
    )
    doc = run(layer, finder, roles, text,
              [("नेशनल ट्रांसपोर्टेशन सेफ्टी बोर्ड", "ORG"), ("अमेजन", "ORG"), ("साइक्लोन वार्निंग सेंटर", "ORG")])
    (police,) = starting(doc, "दोनों विमान")
    assert police.speaker is None and police.speaker_text == "पुलिस"
    (company,) = starting(doc, "कर्मचारियों की")
    assert who(doc, company) == "अमेजन"
    (dept,) = starting(doc, "भारी बारिश")  # a centre is no department
    assert dept.speaker is None and dept.speaker_text == "विभाग"


def test_a_surname_taken_for_a_place_is_the_person(layer, finder, roles):
    text = (
        "मुख्यमंत्री अरविंद केजरीवाल ने बैठक बुलाई। "
        "केजरीवाल के मुताबिक, अभी तक एक व्यक्ति में कोरोना की पुष्टि हुई है।"
    )
    doc = make_doc(layer, text, [("अरविंद केजरीवाल", "PERSON")], last_words=False)
    doc.entities.append(Entity(id="loc", type="LOC", name="केजरीवाल", latin=""))
    a = text.rindex("केजरीवाल")
    doc.entities[-1].mentions.append(Mention(a, a + len("केजरीवाल"), "केजरीवाल"))
    roles(doc)
    finder(doc)
    (q,) = starting(doc, "अभी तक")
    assert who(doc, q) == "अरविंद केजरीवाल"


def test_a_latin_initialism_mention_joins_its_devanagari_spelling(layer, finder, roles):
    text = (
        "भारतीय चिकित्सा अनुसंधान परिषद (ICMR) ने जांच बढ़ाई है। "
        "आईसीएमआर ने कहा कि अब तक दो लाख नमूनों की जांच की गई है।"
    )
    doc = make_doc(layer, text, [("भारतीय चिकित्सा अनुसंधान परिषद", "ORG"), ("ICMR", "ORG"),
                                 ("आईसीएमआर", "ORG")])
    full, latin, _deva = doc.entities
    full.mentions += latin.mentions  # the recogniser linked the bracketed initialism
    doc.entities.remove(latin)
    roles(doc)
    finder(doc)
    (q,) = starting(doc, "अब तक")
    assert who(doc, q) == "भारतीय चिकित्सा अनुसंधान परिषद"


def test_an_initialism_stands_for_the_latin_initials_of_a_full_name(layer, finder, roles):
    text = (
        "फेडरल एविएशन एडमिनिस्ट्रेशन हादसे की जांच कर रहा है। "
        "एफएए के अनुसार, विमान के लिए कोई उड़ान योजना दायर नहीं थी।"
    )
    doc = make_doc(layer, text, [("फेडरल एविएशन एडमिनिस्ट्रेशन", "ORG")])
    doc.entities[0].latin = "Federal Aviation Administration"
    roles(doc)
    finder(doc)
    (q,) = starting(doc, "विमान के लिए")
    assert who(doc, q) == "फेडरल एविएशन एडमिनिस्ट्रेशन"


def test_many_similar_names_stay_linear(layer, finder):
    import time

    syllables = ["क", "ख", "ग", "घ", "च", "छ", "ज", "झ", "ट", "ठ", "ड", "ढ", "त", "थ", "द", "ध", "न", "प", "फ", "ब"]
    words = [a + "म" + b for a in syllables for b in syllables]  # 400 distinct words

    def cost(n: int) -> float:
        names = [f"{words[i % 400]} {words[(i * 7) % 400]} विभाग" for i in range(n)]
        doc = layer("".join(f"{nm} ने कहा कि काम जारी है। " for nm in names))
        pos = 0
        for i, nm in enumerate(names):
            at = doc.text.index(nm, pos)
            doc.entities.append(Entity(id=f"e{i}", type="ORG", name=nm, latin="",
                                       mentions=[Mention(at, at + len(nm), nm)]))
            pos = at + len(nm)
        t0 = time.perf_counter()
        finder(doc)
        return time.perf_counter() - t0

    small, big = cost(250), cost(2000)
    assert big < 20 * small + 0.5, (small, big)  # 8x the names, far from 64x


def test_bakaul_source_before_the_statement(layer, finder, roles):
    text = "बकौल आतिफ असलम, यह फिल्म बहुत से सहमे हुए होठों को जुबां देगी।"
    doc = run(layer, finder, roles, text, [("आतिफ असलम", "PERSON")])
    (q,) = doc.quotes
    assert (span(doc, q), who(doc, q)) == ("यह फिल्म बहुत से सहमे हुए होठों को जुबां देगी", "आतिफ असलम")


def test_a_bare_report_speaks_for_its_named_owner(layer, finder, roles):
    text = (
        "संसद में नियंत्रक एवं महालेखा परीक्षक की रिपोर्ट पेश की गई। "
        "रिपोर्ट में कहा गया है कि कर्ज माफी में गड़बड़ी हुई है। "
        "'डॉन' अखबार के अनुसार, चितराल में भारी बर्फबारी हो रही है।"
    )
    doc = run(layer, finder, roles, text, [("नियंत्रक एवं महालेखा परीक्षक", "ORG")])
    (report,) = starting(doc, "कर्ज")
    assert who(doc, report) == "नियंत्रक एवं महालेखा परीक्षक"
    (paper,) = starting(doc, "चितराल")
    assert (paper.speaker, paper.speaker_text) == (None, "डॉन")


def test_a_common_word_inside_a_name_a_rare_word_opens(layer, finder, roles):
    """"हुंडई मोटर इंडिया": the common "मोटर" stands inside the name, so the place the
    recogniser found at its end does not speak for the company."""
    text = "हुंडई मोटर इंडिया के स्पोक्सपर्सन ने कहा, \"हम स्थिति को ध्यान से देख रहे हैं।\""
    doc = run(layer, finder, roles, text, [("इंडिया", "LOC"), ("स्पोक्सपर्सन", "PERSON")])
    (q,) = starting(doc, "हम स्थिति")
    assert q.speaker is None and q.speaker_text == "हुंडई मोटर इंडिया"


def test_an_impersonal_pronoun_stands_for_a_source_the_recogniser_missed(layer, finder, roles):
    """"इसने" after an unlinked source: the source's name and offsets, not the pronoun;
    a personal pronoun is not given an organisation's words."""
    text = (
        "नेशनल वैदर सर्विस ने कहा कि भारी बर्फ गिरेगी। "
        "इसने कहा कि तूफान रविवार तक थमेगा।"
    )
    doc = run(layer, finder, roles, text, [])
    (q,) = starting(doc, "तूफान")
    assert q.speaker_text == "नेशनल वैदर सर्विस"
    assert doc.text[q.speaker_start : q.speaker_end] == "नेशनल वैदर सर्विस"


def test_an_epithet_with_one_name_is_no_bare_surname(layer, finder, roles):
    """"सरदार सिंह" is a name of its own, not the surname of "अजित पाल सिंह"."""
    text = (
        "पूर्व कप्तान अजित पाल सिंह ने टीम को शुभकामनाएं दीं। "
        "कप्तान सरदार सिंह ने कहा कि टीम की तैयारी पूरी है।"
    )
    doc = run(layer, finder, roles, text, [("सरदार सिंह", "PERSON"), ("अजित पाल सिंह", "PERSON")])
    (q,) = starting(doc, "टीम की तैयारी")
    assert who(doc, q) == "सरदार सिंह"


def test_a_place_before_sthit_is_no_part_of_the_speaker(layer, finder, roles):
    text = "विशाखापत्तनम स्थित साइक्लोन वार्निंग सेंटर ने कहा कि तूफान तट से गुजरेगा।"
    doc = run(layer, finder, roles, text, [("विशाखापत्तनम", "LOC")])
    (q,) = starting(doc, "तूफान")
    assert q.speaker_text == "साइक्लोन वार्निंग सेंटर"


def test_an_institution_acting_or_the_speaker_in_the_third_person_is_narration(layer, finder, roles):
    """After the speaker's statement, "कंपनी ने …" (an institution acts) and "उन्होंने …"
    (what the speaker did, in the reporter's voice) are no continuation; a plain
    sentence of the speaker's view is."""
    text = (
        "प्रवक्ता अमित वर्मा ने कहा कि बाजार में मांग कम है। हालात जल्द सुधरेंगे। "
        "कंपनी ने सभी कर्मचारियों को घर भेज दिया है।\n\n"
        "मंत्री रमेश सिंह ने कहा कि राहत का काम जारी है। "
        "उन्होंने कर्मचारियों की प्रशंसा की।"
    )
    doc = run(layer, finder, roles, text, [("अमित वर्मा", "PERSON"), ("रमेश सिंह", "PERSON")])
    assert [q.kind for q in starting(doc, "हालात")] == ["continuation"]
    assert starting(doc, "कंपनी ने") == []
    assert starting(doc, "उन्होंने कर्मचारियों") == []


def test_a_focus_particle_inside_a_reporting_phrase(layer, finder, roles):
    text = "मंत्री रमेश सिंह ने यह विश्वास भी जताया कि लोग नियमों का पालन करेंगे।"
    doc = run(layer, finder, roles, text, [("रमेश सिंह", "PERSON")])
    (q,) = starting(doc, "लोग नियमों")
    assert who(doc, q) == "रमेश सिंह" and q.verb == "विश्वास जताना"


def test_a_bare_report_is_the_one_its_owner_called_its_own(layer, finder, roles):
    """"X ने … अपनी रिपोर्ट में": a later bare "रिपोर्ट" is X's."""
    text = (
        "विश्व बैंक ने सोमवार को जारी अपनी रिपोर्ट में विकास दर का अनुमान घटाया। "
        "रिपोर्ट में कहा गया है कि महंगाई अभी और बढ़ेगी।"
    )
    doc = run(layer, finder, roles, text, [("विश्व बैंक", "ORG")])
    (q,) = starting(doc, "महंगाई")
    assert who(doc, q) == "विश्व बैंक"


def test_an_organisation_noun_before_an_unrecognised_name(layer, finder, roles):
    """"विमानन कंपनी फ्लाइब": the name after the description speaks."""
    text = "ब्रिटेन की विमानन कंपनी फ्लाइब ने कहा कि सभी उड़ानें रद्द रहेंगी।"
    doc = run(layer, finder, roles, text, [("ब्रिटेन", "LOC")])
    (q,) = starting(doc, "सभी उड़ानें")
    assert q.speaker is None and q.speaker_text == "फ्लाइब"


def test_a_line_without_a_stop_is_no_continuation(layer, finder, roles):
    """A sub-heading the layout took for text ("डर-डर कर सामान खरीद रहे लोग", no stop)
    does not go on with the statement before it."""
    text = (
        "मंत्री रमेश सिंह ने कहा कि राहत का काम तेजी से चल रहा है। "
        "सभी जरूरी सामान की दुकानें खुली हैं। डर-डर कर सामान खरीद रहे लोग\n"
        "शहर के बाजार आज भी बंद रहे।"
    )
    doc = run(layer, finder, roles, text, [("रमेश सिंह", "PERSON")])
    assert [q.kind for q in starting(doc, "सभी जरूरी")] == ["continuation"]
    assert starting(doc, "डर-डर") == []


def test_a_nominative_subject_with_a_statement_noun_object(layer, finder, roles):
    """"X C की घोषणा कर चुका है": the subject opening the clause speaks."""
    text = (
        "इससे पहले हीरो समूह कोरोना से निपटने के लिए 100 करोड़ रुपये की निधि बनाने "
        "की घोषणा कर चुका है।"
    )
    doc = run(layer, finder, roles, text, [("हीरो समूह", "ORG")])
    (q,) = starting(doc, "कोरोना से")
    assert who(doc, q) == "हीरो समूह" and q.verb == "घोषणा करना"
    assert span(doc, q).endswith("निधि बनाने")


def test_a_bare_description_right_after_a_persons_statement_is_that_person(layer, finder, roles):
    """"व्यापारी ने बताया" after the trader's statement in the paragraph is the trader;
    a plural ("व्यापारियों") or a spokesperson is someone else."""
    text = (
        "मोहम्मद आसिम ने कहा कि बिक्री पर असर पड़ा है। व्यापारी ने बताया कि माल कम आ रहा है। "
        "प्रवक्ता ने कहा कि जांच होगी। व्यापारियों ने बताया कि दाम बढ़ गए हैं।"
    )
    doc = run(layer, finder, roles, text, [("मोहम्मद आसिम", "PERSON")])
    (q,) = starting(doc, "माल कम")
    assert who(doc, q) == "मोहम्मद आसिम"
    (spokes,) = starting(doc, "जांच होगी")
    assert spokes.speaker is None
    (plural,) = starting(doc, "दाम बढ़")
    assert plural.speaker is None


def test_initialism_written_as_a_mention_names_the_organisation(layer, finder, roles):
    text = (
        "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) ने कहा कि टीका जल्द आएगा। "
        "WHO के अनुसार दुनिया भर में दस लाख लोग संक्रमित हैं।"
    )
    doc = make_doc(layer, text, [("विश्व स्वास्थ्य संगठन", "ORG")])
    ent = doc.entities[0]
    s = doc.text.index("डब्ल्यूएचओ")
    ent.mentions.append(Mention(s, s + len("डब्ल्यूएचओ"), "डब्ल्यूएचओ"))
    roles(doc)
    finder(doc)
    (q,) = starting(doc, "दुनिया")
    assert who(doc, q) == "विश्व स्वास्थ्य संगठन"


def test_source_nouns_in_either_number():
    lex = QuoteLexicon()
    # the list names one form; the other number is a source too
    assert {"प्रत्यक्षदर्शी", "प्रत्यक्षदर्शियों"} <= lex.sources
    assert {"डॉक्टर", "डॉक्टरों", "चश्मदीदों"} <= lex.sources
    assert noun_forms("नेताओं") == {"नेताओं", "नेता"}
    assert noun_forms("अधिकारी") == {"अधिकारी", "अधिकारियों"}
    assert noun_forms("किसान") == {"किसान", "किसानों"}


def test_singular_witness_is_an_unnamed_source(layer, finder, roles):
    doc = run(layer, finder, roles, "चश्मदीद के मुताबिक, विमान पहले एक पेड़ से टकराया था।", [])
    (q,) = doc.quotes
    assert span(doc, q).startswith("विमान") and q.speaker is None and q.speaker_text == "चश्मदीद"


def test_organisation_noun_alone_is_a_source_of_an_attribution(layer, finder, roles):
    doc = run(layer, finder, roles, "रेलवे के मुताबिक घायलों को हर जरूरी मदद दी जा रही है।", [])
    (q,) = doc.quotes
    assert span(doc, q).startswith("घायलों") and q.speaker_text == "रेलवे"
    # a phrase of time or rule is still no source
    doc = run(layer, finder, roles, "भारतीय समय के मुताबिक बैठक रात दस बजे शुरू हुई।", [])
    assert doc.quotes == []


def test_ka_kahna_without_ki(layer, finder, roles):
    text = "वैज्ञानिक रमेश वर्मा का कहना है यह तकनीक इस्तेमाल करने में बहुत आसान है।"
    doc = run(layer, finder, roles, text, [("रमेश वर्मा", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q).startswith("यह तकनीक") and who(doc, q) == "रमेश वर्मा"


def test_statement_object_with_a_list_without_conjunction(layer, finder, roles):
    text = "मंत्री सुरेश कुमार ने अस्पतालों, स्कूलों, बाजारों को रोज साफ करने की सलाह दी।"
    doc = run(layer, finder, roles, text, [("सुरेश कुमार", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q).startswith("अस्पतालों") and who(doc, q) == "सुरेश कुमार"
    # a comma after a reporting verb still ends the object: the other clause's ने is
    # not its agent
    text = "मंत्री सुरेश कुमार ने कहा, लोग बाजारों को रोज साफ करने की मांग कर रहे हैं।"
    doc = run(layer, finder, roles, text, [("सुरेश कुमार", "PERSON")])
    assert all(not span(doc, q).startswith("बाजारों") for q in doc.quotes)


def test_forecast_and_threat_are_statement_nouns(layer, finder, roles):
    text = "मौसम विभाग ने अगले दो दिन तक तेज बारिश होने की भविष्यवाणी की है।"
    doc = run(layer, finder, roles, text, [("मौसम विभाग", "ORG")])
    (q,) = doc.quotes
    assert span(doc, q) == "अगले दो दिन तक तेज बारिश होने" and who(doc, q) == "मौसम विभाग"


def test_the_paper_a_report_appeared_in_is_its_source(layer, finder, roles):
    text = "दैनिक प्रहरी में छपी रिपोर्ट के मुताबिक, कंपनी अगले साल नई योजना शुरू करेगी।"
    doc = run(layer, finder, roles, text, [("दैनिक प्रहरी", "ORG")])
    (q,) = doc.quotes
    assert who(doc, q) == "दैनिक प्रहरी" and span(doc, q).startswith("कंपनी")
    # "हाल में छपी" is a time and a place issues no report: the report stays unnamed
    for text in ("हाल में छपी रिपोर्ट के मुताबिक, कंपनी अगले साल नई योजना शुरू करेगी।",
                 "अमरीका में जारी आदेश के मुताबिक, कंपनी अगले साल नई योजना शुरू करेगी।"):
        doc = run(layer, finder, roles, text, [("अमरीका", "LOC")])
        (q,) = doc.quotes
        assert q.speaker is None and q.speaker_text not in ("हाल", "अमरीका")


def test_pronoun_after_a_sentence_whose_subject_is_a_person(layer, finder, roles):
    """"Y भी … शामिल थे। उन्होंने कहा": the nominative subject of the sentence before is
    the nearer antecedent than the speaker quoted before it."""
    text = (
        "प्रोफ़ेसर राम सिंह ने कहा कि बाजार जल्द खुलेंगे। "
        "विश्वविद्यालय के प्रोफ़ेसर श्याम लाल भी इस अध्ययन में शामिल थे। "
        "उन्होंने कहा कि दुकानें भी खुलेंगी।"
    )
    doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON"), ("श्याम लाल", "PERSON")])
    (q,) = starting(doc, "दुकानें")
    assert who(doc, q) == "श्याम लाल"
    # a name inside a phrase ("… की पत्नी", "… जेल में X से") is no subject
    for middle in ("श्याम लाल की पत्नी भी बैठक में थीं। ", "पिछले साल जेल में श्याम लाल से उनकी मुलाकात हुई थी। "):
        text = "प्रोफ़ेसर राम सिंह ने कहा कि बाजार जल्द खुलेंगे। " + middle + "उन्होंने कहा कि दुकानें भी खुलेंगी।"
        doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON"), ("श्याम लाल", "PERSON")])
        (q,) = starting(doc, "दुकानें")
        assert who(doc, q) == "राम सिंह"


def test_a_post_that_names_nobody_stays_unnamed(layer, finder, roles):
    # an indefinite post ("एक सदस्य") is an unnamed source, not the post's next holder
    text = (
        "बचाव दल के एक सदस्य ने बताया कि दो सौ लोग मदद कर रहे हैं। "
        "वन अधिकारी जय सिंह ने बताया कि नौ छात्रों को बचा लिया गया है।"
    )
    doc = run(layer, finder, roles, text, [("जय सिंह", "PERSON")])
    (q,) = starting(doc, "दो सौ")
    assert q.speaker is None and q.speaker_text == "बचाव दल के एक सदस्य"
    # a kinship term is someone's relative, not the person quoted last
    text = (
        "वकील सीमा राव ने कहा कि सुनवाई जल्द होनी चाहिए। "
        "पीड़ित के पिता ने कहा कि दोषियों को कड़ी सजा मिले।"
    )
    doc = run(layer, finder, roles, text, [("सीमा राव", "PERSON")])
    (q,) = starting(doc, "दोषियों")
    assert q.speaker is None and q.speaker_text == "पीड़ित के पिता"


def test_focus_particle_of_the_agent_is_no_part_of_the_object(layer, finder, roles):
    doc = run(layer, finder, roles, "इसके बाद तालिबान ने भी सीजफायर खत्म करने की घोषणा कर दी।", [("तालिबान", "ORG")])
    (q,) = doc.quotes
    assert span(doc, q) == "सीजफायर खत्म करने"
    # once the particle is gone, an object that only points back is no statement
    doc = run(layer, finder, roles, "कर्मचारी अमित ने भी इस घटना की पुष्टि की है।", [("अमित", "PERSON")])
    assert doc.quotes == []


def test_according_to_after_an_agent_says_how_it_acted(layer, finder, roles):
    text = "प्रदेश सरकार ने केंद्र सरकार की गाइडलाइन के अनुसार चार मई से बाजारों में छूट दी है।"
    doc = run(layer, finder, roles, text, [("केंद्र सरकार", "ORG"), ("प्रदेश सरकार", "ORG")])
    assert doc.quotes == []
    # before the agent, or as "के हवाले से", the phrase still names a source
    text = "केंद्र सरकार के अनुसार, प्रदेश सरकार ने चार मई से बाजारों में छूट दी है।"
    doc = run(layer, finder, roles, text, [("केंद्र सरकार", "ORG"), ("प्रदेश सरकार", "ORG")])
    assert [who(doc, q) for q in doc.quotes] == ["केंद्र सरकार"]
    text = "अखबार ने मंत्री राम सिंह के हवाले से बताया कि बाजार चार मई से खुलेंगे।"
    doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON")])
    assert "राम सिंह" in [who(doc, q) for q in doc.quotes]


def test_media_and_their_reports_are_unnamed_sources(layer, finder, roles):
    for text, source in (
        ("स्थानीय मीडिया के अनुसार, गांव के लोगों ने आग लगने की खबर दी।", "स्थानीय मीडिया"),
        ("सरकारी टेलीविजन के मुताबिक, मतदान शांतिपूर्ण रहा।", "सरकारी टेलीविजन"),
        ("पुलिस थाने में दायर एफआईआर के मुताबिक, चार नौकाएं लापता हैं।", "दायर एफआईआर"),
    ):
        doc = run(layer, finder, roles, text, [])
        (q,) = doc.quotes
        assert q.speaker is None and q.speaker_text == source


def test_a_place_after_an_organisation_noun_locates_it(layer, finder, roles):
    text = "मौसम विभाग श्रीनगर के अनुसार अगले एक हफ्ते तक मौसम साफ रहेगा।"
    doc = run(layer, finder, roles, text, [("श्रीनगर", "LOC")])
    (q,) = doc.quotes
    assert q.speaker_text == "मौसम विभाग" and span(doc, q).startswith("अगले")


def test_vowel_signs_typed_apart_read_as_one():
    # "ा" + "े" typed for "ो" ("उन्हाेंने")
    assert norm_word("उन्हाेंने") == norm_word("उन्होंने")
    assert norm_word("अधिकारियाें") == "अधिकारियों"


def test_claims_and_research_papers_are_documents(layer, finder, roles):
    doc = run(layer, finder, roles, "बोइंग के दावों के मुताबिक़ ये विमान बहुत तेज उड़ सकता है।", [("बोइंग", "ORG")])
    (q,) = doc.quotes
    assert who(doc, q) == "बोइंग"
    text = "'नेचर केमिस्ट्री' जरनल में प्रकाशित शोधपत्र के मुताबिक इससे दवाएं सस्ती होंगी।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert q.speaker_text == "नेचर केमिस्ट्री"


def test_officials_of_a_named_body_are_its_statements(layer, finder, roles):
    """Officials or a spokesperson of a named body speak for it; alone they stay unnamed."""
    text = "स्वास्थ्य विभाग के एक अधिकारी ने बताया कि महिला बाहर से आई थी।"
    doc = run(layer, finder, roles, text, [("स्वास्थ्य विभाग", "ORG")])
    (q,) = doc.quotes
    assert who(doc, q) == "स्वास्थ्य विभाग" and q.speaker_text == "स्वास्थ्य विभाग के एक अधिकारी"
    # a bare organisation noun finds the organisation named before it
    text = "एचसीएल ने कहा कि सब ठीक है। कंपनी के अधिकारियों ने बताया कि कर्मचारी निगरानी में हैं।"
    doc = run(layer, finder, roles, text, [("एचसीएल", "ORG")])
    (q,) = starting(doc, "कर्मचारी")
    assert who(doc, q) == "एचसीएल"
    # "पुलिस अधिकारियों": the police, also behind a place's genitive
    doc = run(layer, finder, roles, "क्षेत्र के वरिष्ठ पुलिस अधिकारियों ने बताया कि हमला सुबह हुआ।", [])
    (q,) = doc.quotes
    assert q.speaker is None and q.speaker_text == "पुलिस"
    # no body named, a common word or a count: unnamed
    for text in ("अधिकारियों ने बताया कि हमला सुबह हुआ।", "एक अधिकारी ने बताया कि हमला सुबह हुआ।",
                 "दो ग्रुप के अधिकारियों ने कहा कि लॉकडाउन जरूरी है।"):
        doc = run(layer, finder, roles, text, [])
        (q,) = doc.quotes
        assert q.speaker is None and "अधिकार" in q.speaker_text


def test_a_denial_is_a_statement_a_refusal_is_not(layer, finder, roles):
    text = "मंत्री राम सिंह ने हमले में अपनी सरकार का हाथ होने से इनकार किया है।"
    doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "हमले में अपनी सरकार का हाथ होने" and q.verb == "इनकार करना"
    doc = run(layer, finder, roles, "संगठन ने भी इसमें किसी भागीदारी से इंकार किया।", [])
    (q,) = doc.quotes
    assert span(doc, q) == "इसमें किसी भागीदारी"
    # a refusal to act or to speak reports nothing
    for text in ("अभिनेत्री रेखा ने यह फ़िल्म करने से इनकार कर दिया।",
                 "राम सिंह ने इस बारे में कुछ भी कहने से इनकार कर दिया।"):
        doc = run(layer, finder, roles, text, [("रेखा", "PERSON"), ("राम सिंह", "PERSON")])
        assert doc.quotes == []


def test_country_adjective_officials_and_posts(layer, finder, roles):
    # officials qualified by a country adjective: the country speaks
    text = "अमेरिका ने पाकिस्तान को चेताया। एक वरिष्ठ अमेरिकी अधिकारी ने कहा कि घुसपैठ रुकनी चाहिए।"
    doc = run(layer, finder, roles, text, [("अमेरिका", "LOC"), ("पाकिस्तान", "LOC")])
    (q,) = doc.quotes
    assert who(doc, q) == "अमेरिका"
    # a country's post goes to that country's holder, never to another country's
    text = (
        "ब्रितानी विदेश मंत्री विलियम हेग और अमरीकी विदेश मंत्री जॉन केरी पेरिस में मिले। "
        "अमरीकी विदेश मंत्री ने कहा कि सम्मेलन बुलाया जाएगा। "
        "फ्रांसीसी विदेश मंत्री ने कहा कि सब सहमत हैं।"
    )
    doc = run(layer, finder, roles, text, [("विलियम हेग", "PERSON"), ("जॉन केरी", "PERSON")])
    (q,) = starting(doc, "सम्मेलन")
    assert who(doc, q) == "जॉन केरी"
    (q,) = starting(doc, "सब सहमत")
    assert who(doc, q) is None


def test_a_spokesperson_post_of_an_unrecognised_body(layer, finder, roles):
    """A spokesperson post whose body the recogniser missed speaks as that body, not as
    the organisation quoted last."""
    text = (
        "अमेरिकी कांग्रेस ने कहा कि मदद दी जाएगी। "
        "वाइट हाउस के प्रवक्ता ने बताया कि राष्ट्रपति इलाके का दौरा करेंगे।"
    )
    doc = run(layer, finder, roles, text, [("अमेरिकी कांग्रेस", "ORG")])
    (q,) = starting(doc, "राष्ट्रपति")
    assert q.speaker is None and q.speaker_text == "वाइट हाउस"
    # scientists of a named body speak for it, as its officials do
    doc = run(layer, finder, roles, "एचएयू के कृषि वैज्ञानिकों के अनुसार फसलों को नुकसान हुआ है।", [])
    (q,) = doc.quotes
    assert q.speaker_text == "एचएयू"


def test_officials_of_two_joined_bodies_give_each_body_the_statement(layer, finder, roles):
    text = "आईसीएमआर और स्वास्थ्य मंत्रालय के वरिष्ठ अफसर ने कहा कि जांच बढ़ेगी।"
    doc = run(layer, finder, roles, text, [("आईसीएमआर", "ORG"), ("स्वास्थ्य मंत्रालय", "ORG")])
    assert sorted(who(doc, q) for q in doc.quotes) == ["आईसीएमआर", "स्वास्थ्य मंत्रालय"]


def test_a_headline_side_that_only_contains_a_name_is_a_topic(layer, finder, roles):
    text = "'हेलेन' का कहर: तेज हवाओं के साथ बारिश, दो मरे\nतूफान हेलेन से भारी नुकसान हुआ है।"
    doc = run(layer, finder, roles, text, [("हेलेन", "PERSON")])
    assert doc.quotes == []
    text = "तेज हवाओं के साथ बारिश जारी रहेगी: राम सिंह\nमौसम वैज्ञानिक राम सिंह ने यह बात कही।"
    doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON")])
    assert [who(doc, q) for q in doc.quotes if q.kind == "headline"] == ["राम सिंह"]


def test_genitive_statement_nouns_with_an_addressee(layer, finder, roles):
    doc = run(layer, finder, roles, "प्रशासन की आम लोगों से भी अपील है कि वे घर में रहें।", [])
    (q,) = doc.quotes
    assert q.speaker_text == "प्रशासन" and span(doc, q) == "वे घर में रहें" and q.verb == "अपील करना"
    for text, verb in (("किसानों की मांग है कि फसल का मुआवजा मिले।", "मांग करना"),
                       ("विशेषज्ञों की राय है कि लॉकडाउन बढ़ना चाहिए।", "मानना")):
        doc = run(layer, finder, roles, text, [])
        (q,) = doc.quotes
        assert q.verb == verb


def test_a_described_organisation_is_the_one_named_before(layer, finder, roles):
    text = "अमेजन ने राहत कोष बनाया है। दुनिया की प्रमुख ऑनलाइन खुदरा कंपनी ने बताया कि उसने दो करोड़ डॉलर दिए हैं।"
    doc = run(layer, finder, roles, text, [("अमेजन", "ORG")])
    (q,) = starting(doc, "उसने")
    assert who(doc, q) == "अमेजन"
    # a name of its own ("राज्य सरकार") is not the organisation named before
    text = "अमेजन ने राहत कोष बनाया है। राज्य सरकार ने कहा कि स्कूल बंद रहेंगे।"
    doc = run(layer, finder, roles, text, [("अमेजन", "ORG")])
    (q,) = starting(doc, "स्कूल")
    assert who(doc, q) is None


def test_a_one_word_topic_of_a_confirmation_is_no_statement(layer, finder, roles):
    doc = run(layer, finder, roles, "एसडीएम विकास सिंह ने घटना की पुष्टि की है।", [("विकास सिंह", "PERSON")])
    assert doc.quotes == []
    text = "अस्पताल ने 16 नए मरीजों में संक्रमण की पुष्टि की है।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert span(doc, q) == "16 नए मरीजों में संक्रमण"


def test_a_stop_after_an_abbreviation_does_not_end_the_statement(layer, finder, roles):
    text = "सचिव अवनीश अवस्थी ने बताया है कि यूपी. के 15 जिलों में हॉटस्पॉट सील किए गए हैं। यह अच्छा है।"
    doc = run(layer, finder, roles, text, [("अवनीश अवस्थी", "PERSON")])
    (q,) = [q for q in doc.quotes if q.kind == "indirect"]
    assert span(doc, q) == "यूपी. के 15 जिलों में हॉटस्पॉट सील किए गए हैं"


def test_a_long_unrecognised_source_still_speaks(layer, finder, roles):
    text = "दूसरी ओर, रूस की राज्य विज्ञापन नियंत्रक संघीय एकाधिकार रोधी सर्विस ने कहा कि वह मामले की जांच करेगी।"
    doc = run(layer, finder, roles, text, [("रूस", "LOC")])
    (q,) = doc.quotes
    assert span(doc, q) == "वह मामले की जांच करेगी" and q.speaker is None
    assert q.speaker_text == "राज्य विज्ञापन नियंत्रक संघीय एकाधिकार रोधी सर्विस"
    # a clause is no source
    text = "जवाब सुनकर ऐसा लगा मानो वे कह रहे हों कि पिक्चर अभी बाकी है।"
    doc = run(layer, finder, roles, text, [])
    assert all(q.speaker_text != "जवाब सुनकर ऐसा लगा मानो" for q in doc.quotes)


def test_headline_order_light_verb_after_its_agent(layer, finder, roles):
    text = "भारत में मई तक आ सकते हैं 13 लाख केस, रिसर्चर्स ने जताई आशंका\nएक अध्ययन में यह बात सामने आई है।"
    doc = run(layer, finder, roles, text, [])
    (q,) = doc.quotes
    assert span(doc, q) == "भारत में मई तक आ सकते हैं 13 लाख केस" and q.verb == "आशंका जताना"
    # without ने right before, the words are no reporting form
    doc = run(layer, finder, roles, "इस बारे में पहले भी दी चेतावनी का असर नहीं हुआ।", [])
    assert doc.quotes == []


def test_a_pronoun_takes_the_words_of_an_unlinked_speaker(layer, finder, roles):
    # a post nobody in the article holds, then a pronoun in the same paragraph
    text = "जिले के स्वास्थ्य मंत्री ने कहा कि अस्पताल तैयार हैं। उन्होंने कहा कि दवाएं भी पहुंच गई हैं।"
    doc = run(layer, finder, roles, text, [])
    (q,) = starting(doc, "दवाएं")
    assert q.speaker_text is not None and "स्वास्थ्य मंत्री" in q.speaker_text
    # a document is no antecedent of a personal pronoun
    text = "अखबार ने लिखा कि बाजार बंद रहेंगे। उन्होंने कहा कि दुकानें नहीं खुलेंगी।"
    doc = run(layer, finder, roles, text, [])
    (q,) = starting(doc, "दुकानें")
    assert q.speaker_text == "उन्होंने"


def test_a_statement_object_starts_after_its_channel_converb(layer, finder, roles):
    text = "सचिन तेंदुलकर ने सोशल मीडिया पर एक पोस्ट लिखकर सावधानी बरतने को कहा था।"
    doc = run(layer, finder, roles, text, [("सचिन तेंदुलकर", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "सावधानी बरतने" and who(doc, q) == "सचिन तेंदुलकर"
    # the addressee stands before the channel; after it, "X को" is part of the demand
    text = "राम सिंह ने मंत्री को पत्र लिखकर गरीबों को अनाज देने की मांग की।"
    doc = run(layer, finder, roles, text, [("राम सिंह", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "गरीबों को अनाज देने"
    # a converb that belongs to the demand stays in it
    doc = run(layer, finder, roles, "राम सिंह ने लोगों से मिलकर काम करने की अपील की।", [("राम सिंह", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "मिलकर काम करने"


def test_a_subject_that_lost_its_ergative_marker_still_speaks(layer, finder, roles):
    text = "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल बुधवार को ऐलान किया कि स्कूल बंद रहेंगे।"
    doc = run(layer, finder, roles, text, [("दिल्ली", "LOC"), ("अरविंद केजरीवाल", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "स्कूल बंद रहेंगे" and who(doc, q) == "अरविंद केजरीवाल"
    text = "डॉ. रमन गंगाखेडकर जो परिषद का प्रतिनिधित्व कर रहे थे बताया, किट अगले हफ्ते आएंगी।"
    doc = run(layer, finder, roles, text, [("रमन गंगाखेडकर", "PERSON")])
    (q,) = doc.quotes
    assert span(doc, q) == "किट अगले हफ्ते आएंगी" and who(doc, q) == "रमन गंगाखेडकर"
    # a participle ("कहे जाने वाले") introduces no statement
    text = "भारत के माइकल जैकसन कहे जाने वाले प्रभु देवा का पुतला लगाया गया है।"
    doc = run(layer, finder, roles, text, [("माइकल जैकसन", "PERSON"), ("प्रभु देवा", "PERSON")])
    assert doc.quotes == []


def test_a_pronoun_opening_a_paragraph_takes_the_person_the_paragraph_before_was_about(layer, finder, roles):
    persons = [("सुरेश कुमार", "PERSON"), ("राम प्रसाद", "PERSON")]
    text = "सूत्रों ने बताया कि बैठक हुई।\nराम प्रसाद पेशे से वकील हैं। वे गांव में रहते हैं।\nउन्होंने कहा, \"हम लड़ेंगे।\""
    doc = run(layer, finder, roles, text, persons)
    (q,) = starting(doc, "हम लड़ेंगे")
    assert who(doc, q) == "राम प्रसाद"
    # a subject inside the last speaker's statement is no topic of the reporter's
    text = "सुरेश कुमार ने बताया कि राम प्रसाद ने भी फैसला किया है।\nउन्होंने कहा कि बैठक कल होगी।"
    doc = run(layer, finder, roles, text, persons)
    (q,) = starting(doc, "बैठक कल")
    assert who(doc, q) == "सुरेश कुमार"
