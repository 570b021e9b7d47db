"""The roles component on hand-written sentences and the example article (entities given
by a helper, so that these tests measure the role finder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_doc as shared_make_doc

from khabar.doc import Doc
from khabar.evaluation.roles import orgs_match, titles_match
from khabar.pipeline import TextLayer
from khabar.roles.component import RoleFinder

EXAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "ranchi-congress-minority-meeting.txt"


@pytest.fixture(scope="module")
def finder() -> RoleFinder:
    return RoleFinder()


def make_doc(layer: TextLayer, text: str, names: list[tuple[str, str]]) -> Doc:
    return shared_make_doc(layer, text, names, last_words=False)


def roles_of(layer: TextLayer, finder: RoleFinder, text: str, names: list[tuple[str, str]]) -> dict[str, list[tuple[str, str | None, str]]]:
    doc = make_doc(layer, text, names)
    finder(doc)
    return {
        e.name: [(r.title, r.org, doc.text[r.start : r.end]) for r in e.roles]
        for e in doc.entities
        if e.roles
    }


def test_title_with_genitive_organisation(layer, finder):
    got = roles_of(layer, finder, "भाजपा के प्रदेश प्रवक्ता अमित वर्मा ने बयान दिया।", [("अमित वर्मा", "PERSON")])
    assert got == {"अमित वर्मा": [("प्रदेश प्रवक्ता", "भाजपा", "भाजपा के प्रदेश प्रवक्ता")]}


def test_plain_title_and_honorific_in_between(layer, finder):
    got = roles_of(layer, finder, "सिविल सर्जन डॉ. अनीता राय और विधायक सुरेश पाल पहुंचे।", [("अनीता राय", "PERSON"), ("सुरेश पाल", "PERSON")])
    assert got["अनीता राय"] == [("सिविल सर्जन", None, "सिविल सर्जन")]
    assert got["सुरेश पाल"] == [("विधायक", None, "विधायक")]


def test_department_in_brackets_and_region(layer, finder):
    text = "बैठक में प्रदेश अध्यक्ष (महिला विभाग) गीता देवी और बिहार प्रदेश प्रभारी(युवा प्रकोष्ठ) के अजय सिंह थे।"
    got = roles_of(layer, finder, text, [("गीता देवी", "PERSON"), ("अजय सिंह", "PERSON")])
    assert got["गीता देवी"][0][:2] == ("प्रदेश अध्यक्ष", "महिला विभाग")
    title, org, phrase = got["अजय सिंह"][0]
    assert (title, org) == ("प्रदेश प्रभारी", "युवा प्रकोष्ठ")
    assert phrase.startswith("बिहार प्रदेश प्रभारी")


def test_party_inside_the_post_and_modifiers(layer, finder):
    got = roles_of(layer, finder, "वरिष्ठ कांग्रेस नेता रामेश्वर दास और पूर्व मुख्यमंत्री कमला देवी आए।", [("रामेश्वर दास", "PERSON"), ("कमला देवी", "PERSON")])
    assert got["रामेश्वर दास"] == [("वरिष्ठ नेता", "कांग्रेस", "वरिष्ठ कांग्रेस नेता")]
    assert got["कमला देवी"] == [("पूर्व मुख्यमंत्री", None, "पूर्व मुख्यमंत्री")]


def test_apposition_party_in_brackets_and_guest(layer, finder):
    text = (
        "सम्मेलन में सुरेश पाल, मुख्यमंत्री ने भाषण दिया। रमेश सिंह (भाजपा) भी बोले। "
        "मुख्य अतिथि के रूप में पहुंचे सांसद अजय यादव ने उद्घाटन किया।"
    )
    got = roles_of(layer, finder, text, [("सुरेश पाल", "PERSON"), ("रमेश सिंह", "PERSON"), ("अजय यादव", "PERSON")])
    assert got["सुरेश पाल"] == [("मुख्यमंत्री", None, "मुख्यमंत्री")]
    assert got["रमेश सिंह"] == [("सदस्य", "भाजपा", "भाजपा")]
    assert sorted(t for t, _, _ in got["अजय यादव"]) == ["मुख्य अतिथि", "सांसद"]


def test_no_role_from_a_relation_or_a_non_post(layer, finder):
    got = roles_of(layer, finder, "उनके नेता राहुल वर्मा ने कहा। किसान रामू ने बताया।", [("राहुल वर्मा", "PERSON"), ("रामू", "PERSON")])
    assert got == {}


def test_example_article_roles(layer, finder):
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: the example article is needed")
    names = [("राजेश ठाकुर", "PERSON"), ("मंजूर अहमद अंसारी", "PERSON"), ("मंजूर अंसारी", "PERSON"), ("उमैर खान", "PERSON")]
    got = roles_of(layer, finder, EXAMPLE.read_text(encoding="utf-8"), names)
    assert ("अध्यक्ष", "प्रदेश कांग्रेस कमेटी") in [r[:2] for r in got["राजेश ठाकुर"]]
    assert any(t == "प्रदेश अध्यक्ष" and o and "विभाग" in o for t, o, _ in got["मंजूर अंसारी"])
    assert any(t == "प्रदेश प्रभारी" for t, _, _ in got["उमैर खान"])
    assert ("वरिष्ठ नेता", "कांग्रेस") in [r[:2] for r in got["मंजूर अहमद अंसारी"]]


def test_eval_title_and_org_matching():
    assert titles_match("केंद्रीय स्वास्थ्य मंत्री", "स्वास्थ्य मंत्री")
    assert titles_match("उप-मुख्यमंत्री", "उप मुख्यमंत्री")
    assert not titles_match("मुख्यमंत्री", "प्रधानमंत्री")
    assert orgs_match(None, None) and orgs_match("प्रदेश कांग्रेस कमेटी", "कांग्रेस")
    assert not orgs_match("भाजपा", None)


def test_initials_before_the_surname(layer, finder):
    text = "बैठक के बाद प्रमुख सचिव डी.के. दीवान और आपदा प्रबंधन आयुक्त डी.सी. रोसिया ने बताया।"
    got = roles_of(layer, finder, text, [("दीवान", "PERSON"), ("रोसिया", "PERSON"), ("डी", "PERSON")])
    assert got["दीवान"] == [("प्रमुख सचिव", None, "प्रमुख सचिव")]
    assert [t for t, _, _ in got["रोसिया"]] == ["आयुक्त"]
    assert "डी" not in got  # an initial is no name of its own


def test_department_after_the_post(layer, finder):
    got = roles_of(layer, finder, "अपर सचिव स्वास्थ्य युगल किशोर पंत ने बताया।", [("युगल किशोर पंत", "PERSON")])
    assert got == {"युगल किशोर पंत": [("अपर सचिव", "स्वास्थ्य", "अपर सचिव स्वास्थ्य")]}


def test_two_posts_joined_before_the_name(layer, finder):
    text = "ट्विटर के संस्थापक और कार्यकारी निदेशक जैक डोर्सी ने मदद दी।"
    got = roles_of(layer, finder, text, [("जैक डोर्सी", "PERSON")])
    assert sorted(got["जैक डोर्सी"]) == [
        ("कार्यकारी निदेशक", None, "कार्यकारी निदेशक"),
        ("संस्थापक", "ट्विटर", "ट्विटर के संस्थापक"),
    ]


def test_post_naming_an_organisation_is_no_role(layer, finder):
    text = "वन पंचायत सलाहकार परिषद उपाध्यक्ष करन बोरा, मुख्यमंत्री के भाई वीरेन्द्र रावत आए।"
    got = roles_of(layer, finder, text, [("करन बोरा", "PERSON"), ("वीरेन्द्र रावत", "PERSON")])
    assert [t for t, _, _ in got["करन बोरा"]] == ["उपाध्यक्ष"]  # not सलाहकार, not मुख्यमंत्री
    assert "वीरेन्द्र रावत" not in got


def test_post_in_brackets_after_batur_and_as_predicate(layer, finder):
    text = (
        "नरेंद्र सिंह (प्रदेश अध्यक्ष) पहुंचे। दर्शकों को अमित कुमार बतौर मेजबान पसंद आए। "
        "शाहरुख़ ख़ान इसके होस्ट बने।"
    )
    names = [("नरेंद्र सिंह", "PERSON"), ("अमित कुमार", "PERSON"), ("शाहरुख़ ख़ान", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["नरेंद्र सिंह"] == [("प्रदेश अध्यक्ष", None, "प्रदेश अध्यक्ष")]
    assert got["अमित कुमार"] == [("मेजबान", None, "मेजबान")]
    assert got["शाहरुख़ ख़ान"] == [("होस्ट", None, "होस्ट")]


def test_post_as_role_phrase_after_the_name(layer, finder):
    got = roles_of(
        layer,
        finder,
        "मायावती ने मुख्यमंत्री के तौर पर अपने पहले कार्यकाल में काम किया।",
        [("मायावती", "PERSON")],
    )
    assert got == {"मायावती": [("मुख्यमंत्री", None, "मुख्यमंत्री")]}


def test_genitive_organisation_is_a_named_body(layer, finder):
    text = (
        "टेस्ट के पहले दिन भारत के कप्तान महेंद्र सिंह धोनी ने टॉस जीता। "
        "मेजबान टीम के लिए 24 साल के तेज़ गेंदबाज़ ट्रेंट बोल्ट ने विकेट लिए।"
    )
    got = roles_of(layer, finder, text, [("महेंद्र सिंह धोनी", "PERSON"), ("ट्रेंट बोल्ट", "PERSON")])
    assert got["महेंद्र सिंह धोनी"] == [("कप्तान", "भारत", "भारत के कप्तान")]
    assert got["ट्रेंट बोल्ट"] == [("तेज़ गेंदबाज़", None, "तेज़ गेंदबाज़")]


def test_initial_keeps_the_post_when_the_surname_is_another_name(layer, finder):
    text = "प्रमुख सचिव गृह अवनीश अवस्थी ने बताया। डीजीपी एच.सी. अवस्थी ने कहा।"
    doc = make_doc(layer, text, [("अवनीश अवस्थी", "PERSON"), ("एच", "PERSON")])
    # the helper gives whole names; read the lone surname as a mention of the first
    ent = next(e for e in doc.entities if e.name == "अवनीश अवस्थी")
    s = text.rindex("अवस्थी")
    ent.mentions.append(type(ent.mentions[0])(s, s + len("अवस्थी"), "अवस्थी"))
    finder(doc)
    got = {e.name: [r.title for r in e.roles] for e in doc.entities}
    assert got["अवनीश अवस्थी"] == ["प्रमुख सचिव"]
    assert got["एच"] == ["डीजीपी"]


def test_organisation_after_an_apposed_post_and_generic_places(layer, finder):
    text = "राजेश ठाकुर, प्रदेश अध्यक्ष, कांग्रेस ने कहा। जिले के डीएम अभिषेक सिंह ने आदेश दिया।"
    got = roles_of(layer, finder, text, [("राजेश ठाकुर", "PERSON"), ("अभिषेक सिंह", "PERSON")])
    assert got["राजेश ठाकुर"] == [("प्रदेश अध्यक्ष", "कांग्रेस", "प्रदेश अध्यक्ष, कांग्रेस")]
    assert got["अभिषेक सिंह"] == [("डीएम", None, "डीएम")]


def test_doctor_of_an_institution_and_modifiers(layer, finder):
    text = (
        "उप जिला चिकित्सालय के डा. अमित अग्रवाल ने कहा। डॉ. राम सिंह भी आए। "
        "कांग्रेस की अंतरिम अध्यक्ष सोनिया गांधी ने पत्र लिखा।"
    )
    names = [("अमित अग्रवाल", "PERSON"), ("राम सिंह", "PERSON"), ("सोनिया गांधी", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["अमित अग्रवाल"] == [("डॉक्टर", "उप जिला चिकित्सालय", "उप जिला चिकित्सालय के")]
    assert "राम सिंह" not in got  # a form of address alone is no post
    assert got["सोनिया गांधी"] == [("अंतरिम अध्यक्ष", "कांग्रेस", "कांग्रेस की अंतरिम अध्यक्ष")]


def test_words_between_a_named_body_and_its_post(layer, finder):
    text = (
        "लाहौर के पुलिस प्रमुख आफताब चीमा ने बताया। "
        "बहस की शुरुआत नेता प्रतिपक्ष सुषमा स्वराज ने की।"
    )
    names = [("आफताब चीमा", "PERSON"), ("सुषमा स्वराज", "PERSON"), ("लाहौर", "LOC")]
    got = roles_of(layer, finder, text, names)
    assert got["आफताब चीमा"] == [("पुलिस प्रमुख", "लाहौर", "लाहौर के पुलिस प्रमुख")]
    assert got["सुषमा स्वराज"] == [("नेता प्रतिपक्ष", None, "नेता प्रतिपक्ष")]


def test_post_in_a_body_with_me(layer, finder):
    text = (
        "केंद्रीय स्वास्थ्य मंत्रालय में संयुक्त सचिव लव अग्रवाल ने कहा। "
        "दिल्ली में मुख्यमंत्री अरविंद केजरीवाल ने कहा।"
    )
    names = [("लव अग्रवाल", "PERSON"), ("अरविंद केजरीवाल", "PERSON"), ("दिल्ली", "LOC")]
    got = roles_of(layer, finder, text, names)
    assert got["लव अग्रवाल"][0][:2] == ("संयुक्त सचिव", "केंद्रीय स्वास्थ्य मंत्रालय")
    assert got["अरविंद केजरीवाल"] == [("मुख्यमंत्री", None, "मुख्यमंत्री")]


def test_predicate_post_is_not_given_across_a_clause_or_a_relation(layer, finder):
    text = (
        "कमल हासन ने बताया कि सेंसर बोर्ड के चेयरमैन रहे गोल्डी आनंद ने यह कहा था। "
        "वह अफजल की पूर्व वकील रही सीमा गुलाटी का जूनियर था। "
        "रमेश यादव कांग्रेस के वरिष्ठ नेता हैं।"
    )
    names = [("कमल हासन", "PERSON"), ("गोल्डी आनंद", "PERSON"), ("अफजल", "PERSON"), ("सीमा गुलाटी", "PERSON"), ("रमेश यादव", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert "कमल हासन" not in got
    assert "अफजल" not in got
    assert got["रमेश यादव"] == [("वरिष्ठ नेता", "कांग्रेस", "कांग्रेस के वरिष्ठ नेता")]


def test_multiword_posts_from_the_roles_titles(layer, finder):
    text = (
        "स्वास्थ्य विभाग के प्रिंसिपल सेक्रेटरी अनुराग अग्रवाल ने बताया। "
        "स्क्वाड्रन के कमांडर लेफ्टिनेंट कर्नल रेयान इनमैन ने कहा। जेलर अनिमेष चौधरी ने बताया।"
    )
    names = [("अनुराग अग्रवाल", "PERSON"), ("रेयान इनमैन", "PERSON"), ("अनिमेष चौधरी", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["अनुराग अग्रवाल"] == [("प्रिंसिपल सेक्रेटरी", "स्वास्थ्य विभाग", "स्वास्थ्य विभाग के प्रिंसिपल सेक्रेटरी")]
    assert sorted(t for t, _, _ in got["रेयान इनमैन"]) == ["कमांडर", "लेफ्टिनेंट कर्नल"]
    assert got["अनिमेष चौधरी"] == [("जेलर", None, "जेलर")]


def test_initial_ke_short_form_in_brackets_and_area_after_post(layer, finder):
    text = (
        "तेलंगाना के मुख्यमंत्री के चंद्रशेखर राव ने अपील की। पुलिस महानिरीक्षक (आईजी) विवेक शर्मा ने कहा। "
        "एसडीएम सदर राजेश कुमार ने बताया।"
    )
    names = [("चंद्रशेखर राव", "PERSON"), ("विवेक शर्मा", "PERSON"), ("राजेश कुमार", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["चंद्रशेखर राव"] == [("मुख्यमंत्री", "तेलंगाना", "तेलंगाना के मुख्यमंत्री")]
    assert got["विवेक शर्मा"] == [("पुलिस महानिरीक्षक", None, "पुलिस महानिरीक्षक (आईजी)")]
    assert got["राजेश कुमार"] == [("एसडीएम", "सदर", "एसडीएम सदर")]


def test_post_given_by_appointment_and_in_a_relative_clause(layer, finder):
    text = (
        "राजेश कुमार को भाजपा का जिलाध्यक्ष बनाया गया। सुनीता देवी को उप निरीक्षक के पद पर नियुक्त किया गया। "
        "अखिलेश यादव ने, जो सपा के अध्यक्ष हैं, कहा। मोहन लाल को पुलिस ने गिरफ्तार किया और नेता बनाया।"
    )
    names = [("राजेश कुमार", "PERSON"), ("सुनीता देवी", "PERSON"), ("अखिलेश यादव", "PERSON"), ("मोहन लाल", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["राजेश कुमार"] == [("जिलाध्यक्ष", "भाजपा", "भाजपा का जिलाध्यक्ष")]
    assert got["सुनीता देवी"] == [("उप निरीक्षक", None, "उप निरीक्षक")]
    assert got["अखिलेश यादव"] == [("अध्यक्ष", "सपा", "सपा के अध्यक्ष")]
    assert "मोहन लाल" not in got


def test_post_joined_to_a_phrase_opening_with_its_organisation(layer, finder):
    text = "बंगाल की मुख्यमंत्री और तृणमूल कांग्रेस सुप्रीमो ममता बनर्जी ने कहा। पूर्व मुख्यमंत्री व सपा अध्यक्ष अखिलेश यादव आए।"
    got = roles_of(layer, finder, text, [("ममता बनर्जी", "PERSON"), ("अखिलेश यादव", "PERSON")])
    assert sorted(got["ममता बनर्जी"]) == [("मुख्यमंत्री", "बंगाल", "बंगाल की मुख्यमंत्री"), ("सुप्रीमो", "तृणमूल कांग्रेस", "तृणमूल कांग्रेस सुप्रीमो")]
    assert sorted(t for t, _, _ in got["अखिलेश यादव"]) == ["अध्यक्ष", "पूर्व मुख्यमंत्री"]


def test_departments_and_an_area_between_post_and_name(layer, finder):
    text = (
        "बैठक में सचिव चिकित्सा एवं स्वास्थ्य वी. हेकाली झिमोमी और प्रमुख सचिव चिकित्सा स्वास्थ्य अमित मोहन प्रसाद थे। "
        "एसपी बिलासपुर अशोक शर्मा ने पुष्टि की।"
    )
    names = [("हेकाली झिमोमी", "PERSON"), ("अमित मोहन प्रसाद", "PERSON"), ("अशोक शर्मा", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["हेकाली झिमोमी"] == [("सचिव", "चिकित्सा एवं स्वास्थ्य", "सचिव चिकित्सा एवं स्वास्थ्य")]
    assert got["अमित मोहन प्रसाद"] == [("प्रमुख सचिव", "चिकित्सा स्वास्थ्य", "प्रमुख सचिव चिकित्सा स्वास्थ्य")]
    assert got["अशोक शर्मा"] == [("एसपी", "बिलासपुर", "एसपी बिलासपुर")]


def test_apposed_post_followed_by_its_body(layer, finder):
    text = "प्रेम कुमार, कृषि मंत्री बिहार सरकार ने कहा। अजय कुमार, जिलाध्यक्ष भाजपा ने कहा। मेयर हरचरण, एडीसीपी ध्रुव दहिया और पुलिस पहुंचे।"
    names = [("प्रेम कुमार", "PERSON"), ("अजय कुमार", "PERSON"), ("हरचरण", "PERSON"), ("एडीसीपी ध्रुव दहिया", "ORG")]
    got = roles_of(layer, finder, text, names)
    assert got["प्रेम कुमार"] == [("कृषि मंत्री", "बिहार सरकार", "कृषि मंत्री बिहार सरकार")]
    assert got["अजय कुमार"] == [("जिलाध्यक्ष", "भाजपा", "जिलाध्यक्ष भाजपा")]
    assert got["हरचरण"] == [("मेयर", None, "मेयर")]


def test_post_held_before_the_name(layer, finder):
    text = "सेंसर बोर्ड के चेयरमैन रहे गोल्डी आनंद ने कहा। हिमाचल में मंत्री रह चुके जगत प्रकाश आए। बैठक में मौजूद रहे अमित शर्मा।"
    names = [("गोल्डी आनंद", "PERSON"), ("जगत प्रकाश", "PERSON"), ("अमित शर्मा", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["गोल्डी आनंद"] == [("चेयरमैन", "सेंसर बोर्ड", "सेंसर बोर्ड के चेयरमैन")]
    assert [t for t, _, _ in got["जगत प्रकाश"]] == ["मंत्री"]
    assert "अमित शर्मा" not in got


def test_body_before_its_short_form_and_as_phrase_opening_with_the_body(layer, finder):
    text = "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) के महानिदेशक टेड्रोस अधानोम ने कहा। रणदीप सुरजेवाला ने कांग्रेस प्रवक्ता के तौर पर कहा।"
    got = roles_of(layer, finder, text, [("टेड्रोस अधानोम", "PERSON"), ("रणदीप सुरजेवाला", "PERSON")])
    assert got["टेड्रोस अधानोम"] == [("महानिदेशक", "विश्व स्वास्थ्य संगठन", "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) के महानिदेशक")]
    assert got["रणदीप सुरजेवाला"] == [("प्रवक्ता", "कांग्रेस", "कांग्रेस प्रवक्ता")]


def test_nationality_before_a_post_names_the_country(layer, finder):
    got = roles_of(layer, finder, "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और फ्रांसीसी विदेश मंत्री लौरें फाबियस ने कहा।",
                   [("डोनाल्ड ट्रंप", "PERSON"), ("लौरें फाबियस", "PERSON")])
    assert got["डोनाल्ड ट्रंप"] == [("राष्ट्रपति", "अमेरिका", "अमेरिकी राष्ट्रपति")]
    assert got["लौरें फाबियस"] == [("विदेश मंत्री", "फ्रांस", "फ्रांसीसी विदेश मंत्री")]


def test_first_name_left_out_of_a_surname_mention(layer, finder):
    text = "संस्था की प्रशासक डाना कैनेडी ने कहा। फ्लोरिडा के गवर्नर रिक स्कॉट ने बताया। मुख्यमंत्री आवास पर कुमार पहुंचे।"
    got = roles_of(layer, finder, text, [("कैनेडी", "PERSON"), ("स्कॉट", "PERSON"), ("कुमार", "PERSON")])
    assert [t for t, _, _ in got["कैनेडी"]] == ["प्रशासक"]
    assert got["स्कॉट"] == [("गवर्नर", "फ्लोरिडा", "फ्लोरिडा के गवर्नर")]
    assert "कुमार" not in got


def test_captaincy_gives_the_post_and_chairing_does_not(layer, finder):
    text = "1975 में अजित पाल सिंह की कप्तानी में टीम जीती। अरविंद केजरीवाल की अध्यक्षता में बैठक हुई।"
    got = roles_of(layer, finder, text, [("अजित पाल सिंह", "PERSON"), ("अरविंद केजरीवाल", "PERSON")])
    assert got == {"अजित पाल सिंह": [("कप्तान", None, "कप्तानी")]}


def test_post_shared_by_a_list_of_names(layer, finder):
    text = (
        "कांग्रेस के वरिष्ठ नेता अजय सिंह, महेश जोशी और रमेश वर्मा पहुंचे। "
        "मुख्यमंत्री नीतीश कुमार, लालू यादव और राबड़ी देवी मिले। "
        "विधायक सुनील राय और अनिल शाह आए। "
        "सचिव प्रकाश करात, जद-यू अध्यक्ष शरद यादव मिले।"
    )
    names = ["अजय सिंह", "महेश जोशी", "रमेश वर्मा", "नीतीश कुमार", "लालू यादव", "राबड़ी देवी",
             "सुनील राय", "अनिल शाह", "प्रकाश करात", "जद", "शरद यादव"]
    got = roles_of(layer, finder, text, [(n, "PERSON") for n in names])
    for n in ("अजय सिंह", "महेश जोशी", "रमेश वर्मा"):
        assert got[n] == [("वरिष्ठ नेता", "कांग्रेस", "कांग्रेस के वरिष्ठ नेता")]
    # a post one person holds is not shared; a pair joined by और is no sure list
    assert "लालू यादव" not in got and "राबड़ी देवी" not in got
    assert "अनिल शाह" not in got
    # a name with a post of its own right after it
    assert "जद" not in got


def test_post_in_brackets_with_the_latin_name_and_a_second_predicate_post(layer, finder):
    text = (
        "प्रधानमंत्री नरेंद्र मोदी (PM Modi) ने संदेश दिया। "
        "महेंद्र कर्मा छत्तीसगढ़ कांग्रेस के वरिष्ठ नेता हैं और राज्य विधानसभा में नेता प्रतिपक्ष भी रह चुके हैं। "
        "सुनील राय (Sunil Rai) ने कहा।"
    )
    got = roles_of(layer, finder, text, [("नरेंद्र मोदी", "PERSON"), ("महेंद्र कर्मा", "PERSON"), ("सुनील राय", "PERSON")])
    assert ("प्रधानमंत्री", None, "PM") in got["नरेंद्र मोदी"]
    assert got["महेंद्र कर्मा"] == [
        ("वरिष्ठ नेता", "छत्तीसगढ़ कांग्रेस", "छत्तीसगढ़ कांग्रेस के वरिष्ठ नेता"),
        ("नेता प्रतिपक्ष", "राज्य विधानसभा", "राज्य विधानसभा में नेता प्रतिपक्ष"),
    ]
    assert "सुनील राय" not in got


def test_area_department_and_hyphen_after_the_post(layer, finder):
    text = (
        "पुलिस अधीक्षक पश्चिम अनिल कुमार पहुंचे। अपर सचिव उच्च शिक्षा सुनील वर्मा ने बताया। "
        "जम्मू कश्मीर के प्रधान सचिव-योजना रोहित कंसल ने बताया।"
    )
    names = [("अनिल कुमार", "PERSON"), ("सुनील वर्मा", "PERSON"), ("रोहित कंसल", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["अनिल कुमार"] == [("पुलिस अधीक्षक", "पश्चिम", "पुलिस अधीक्षक पश्चिम")]
    assert got["सुनील वर्मा"] == [("अपर सचिव", "उच्च शिक्षा", "अपर सचिव उच्च शिक्षा")]
    assert got["रोहित कंसल"][0][:2] == ("प्रधान सचिव", "योजना")


def test_post_taken_into_an_organisation_name(layer, finder):
    # the recogniser read "डीसी लाहौल स्पीति" as one organisation
    text = "शर्मा ने तत्काल डीसी लाहौल स्पीति पंकज राय को सूचना दी।"
    got = roles_of(layer, finder, text, [("पंकज राय", "PERSON"), ("डीसी लाहौल स्पीति", "ORG")])
    assert got == {"पंकज राय": [("डीसी", "लाहौल स्पीति", "डीसी लाहौल स्पीति")]}


def test_two_posts_joined_by_sah(layer, finder):
    text = "उपायुक्त सह जिला दंडाधिकारी राजेश शर्मा ने पुष्टि की। प्रदेश सह प्रभारी अमित सिंह आए।"
    got = roles_of(layer, finder, text, [("राजेश शर्मा", "PERSON"), ("अमित सिंह", "PERSON")])
    assert sorted(t for t, _, _ in got["राजेश शर्मा"]) == ["उपायुक्त", "जिला दंडाधिकारी"]
    assert [t for t, _, _ in got["अमित सिंह"]] == ["प्रदेश सह प्रभारी"]


def test_post_and_comma_before_the_name(layer, finder):
    text = (
        "स्वास्थ्य मंत्रालय के संयुक्त सचिव, लव अग्रवाल ने कहा कि मामले घटे। "
        "बैठक में मुख्यमंत्री, उपमुख्यमंत्री, अनिल कुमार और राजेश शर्मा थे। "
        "राजपाल, प्रभारी, सुनील यादव ने बताया।"
    )
    names = [("लव अग्रवाल", "PERSON"), ("अनिल कुमार", "PERSON"), ("राजेश शर्मा", "PERSON"), ("राजपाल", "PERSON"), ("सुनील यादव", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["लव अग्रवाल"] == [("संयुक्त सचिव", "स्वास्थ्य मंत्रालय", "स्वास्थ्य मंत्रालय के संयुक्त सचिव")]
    assert "अनिल कुमार" not in got and "राजेश शर्मा" not in got  # a list of people
    assert "सुनील यादव" not in got  # the post is राजपाल's apposition


def test_first_name_left_out_of_the_mention(layer, finder):
    text = "प्रभारी सीआई वीर बहादुर सिंह ने पुष्टि की। आइसीएमआर के डॉक्टर रमन आर. गंगाखेडकर ने कहा।"
    got = roles_of(layer, finder, text, [("बहादुर सिंह", "PERSON"), ("गंगाखेडकर", "PERSON")])
    assert [t for t, _, _ in got["बहादुर सिंह"]] == ["प्रभारी सीआई"]
    assert got["गंगाखेडकर"] == [("डॉक्टर", "आइसीएमआर", "आइसीएमआर के डॉक्टर")]
    # a place, a department or a stop word is no first name
    got = roles_of(layer, finder, "विधायक ने राम सिंह को बुलाया।", [("राम सिंह", "PERSON")])
    assert got == {}


def test_posts_given_by_appointment(layer, finder):
    text = (
        "बैठक में राम सिंह को सर्वसम्मति से अध्यक्ष, सुनील वर्मा को सचिव और मनोज यादव को "
        "कोषाध्यक्ष चुना गया। अजय कुमार निर्विरोध जिलाध्यक्ष चुने गए। पार्टी ने विनोद राय को "
        "अपना उम्मीदवार बनाया है। अनिल शर्मा को उप प्राचार्य पद पर तैनात किया गया। "
        "दिनेश पाल को जिलाध्यक्ष की जिम्मेदारी सौंपी गई।"
    )
    names = [(n, "PERSON") for n in ("राम सिंह", "सुनील वर्मा", "मनोज यादव", "अजय कुमार", "विनोद राय", "अनिल शर्मा", "दिनेश पाल")]
    got = roles_of(layer, finder, text, names)
    assert {n: [t for t, _, _ in r] for n, r in got.items()} == {
        "राम सिंह": ["अध्यक्ष"],
        "सुनील वर्मा": ["सचिव"],
        "मनोज यादव": ["कोषाध्यक्ष"],
        "अजय कुमार": ["जिलाध्यक्ष"],
        "विनोद राय": ["उम्मीदवार"],
        "अनिल शर्मा": ["उप प्राचार्य"],
        "दिनेश पाल": ["जिलाध्यक्ष"],
    }


def test_no_post_from_an_active_appointing_subject(layer, finder):
    text = "डीएम अजय कुमार नोडल अधिकारी नियुक्त करेंगे। मंत्री ने राम सिंह को अध्यक्ष की बात बताई और कहा कि वे चुने जाएंगे।"
    got = roles_of(layer, finder, text, [("अजय कुमार", "PERSON"), ("राम सिंह", "PERSON")])
    assert got == {"अजय कुमार": [("डीएम", None, "डीएम")]}


def test_leader_of_the_opposition(layer, finder):
    text = "लोकसभा में विपक्ष की नेता सुषमा स्वराज ने कहा। विपक्ष के नेता राम सिंह भी बोले।"
    got = roles_of(layer, finder, text, [("सुषमा स्वराज", "PERSON"), ("राम सिंह", "PERSON")])
    assert got["सुषमा स्वराज"] == [("नेता प्रतिपक्ष", "लोकसभा", "लोकसभा में विपक्ष की नेता")]
    assert got["राम सिंह"] == [("नेता प्रतिपक्ष", None, "विपक्ष के नेता")]


def test_kinship_word_between_post_and_name(layer, finder):
    got = roles_of(layer, finder, "विधायक पुत्र राहुल सिंह ने मारपीट की।", [("राहुल सिंह", "PERSON")])
    assert got == {}  # the MLA's son


def test_post_closing_a_line_and_after_bane(layer, finder):
    text = "विभाग अलर्ट है। डा. नीता शर्मा सीएमओ फिरोजाबाद ।\nडॉ. विनोद पांडेय बने मेडिकल कॉलेज के उप प्राचार्य\nराम सिंह अध्यक्ष के साथ पहुंचे।"
    got = roles_of(layer, finder, text, [("नीता शर्मा", "PERSON"), ("विनोद पांडेय", "PERSON"), ("राम सिंह", "PERSON")])
    assert got["नीता शर्मा"] == [("सीएमओ", "फिरोजाबाद", "सीएमओ फिरोजाबाद")]
    assert [t for t, _, _ in got["विनोद पांडेय"]] == ["उप प्राचार्य"]
    assert "राम सिंह" not in got


def test_predicate_post_after_a_comma(layer, finder):
    text = (
        "प्रियंका गांधी, कांग्रेस की महासचिव भी हैं। वाजपेयी, उपप्रधानमंत्री आडवाणी के बाद "
        "फर्नांडिस तीसरे केंद्रीय मंत्री हैं।"
    )
    names = [("प्रियंका गांधी", "PERSON"), ("वाजपेयी", "PERSON"), ("आडवाणी", "PERSON"), ("फर्नांडिस", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["प्रियंका गांधी"] == [("महासचिव", "कांग्रेस", "कांग्रेस की महासचिव")]
    assert "वाजपेयी" not in got


def test_nationality_and_party_names_around_the_post(layer, finder):
    text = (
        "पाक पीएम इमरान खान ने कहा। भारतीय जनता पार्टी अध्यक्ष जेपी नड्डा ने कहा। "
        "भारतीय मूल के वैज्ञानिक राकेश जैन ने कहा। युवराज सिंह ने शतक लगाया।"
    )
    names = [("इमरान खान", "PERSON"), ("भारतीय जनता पार्टी", "ORG"), ("जेपी नड्डा", "PERSON"), ("राकेश जैन", "PERSON"), ("युवराज सिंह", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["इमरान खान"] == [("प्रधानमंत्री", "पाकिस्तान", "पाक पीएम")]
    assert got["जेपी नड्डा"] == [("अध्यक्ष", "भारतीय जनता पार्टी", "भारतीय जनता पार्टी अध्यक्ष")]
    assert got["राकेश जैन"] == [("वैज्ञानिक", None, "वैज्ञानिक")]  # an origin, no body
    assert "युवराज सिंह" not in got  # a given name, no title


def test_region_without_organisation_and_places_with_modifier_words(layer, finder):
    text = (
        "महलगांव थानाध्यक्ष प्रेम मिश्र पहुंचे। आंध्र प्रदेश मुख्यमंत्री जगन रेड्डी ने कहा। "
        "पार्टी में भाजपा सांसद सुरेश प्रभु भी थे।"
    )
    names = [("महलगांव", "LOC"), ("आंध्र प्रदेश", "LOC"), ("प्रेम मिश्र", "PERSON"), ("जगन रेड्डी", "PERSON"), ("सुरेश प्रभु", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["प्रेम मिश्र"] == [("थानाध्यक्ष", "महलगांव", "महलगांव थानाध्यक्ष")]
    assert got["जगन रेड्डी"] == [("मुख्यमंत्री", "आंध्र प्रदेश", "आंध्र प्रदेश मुख्यमंत्री")]
    assert got["सुरेश प्रभु"][0][:2] == ("सांसद", "भाजपा")


def test_two_predicate_posts_initials_without_dots_and_latin_party(layer, finder):
    text = (
        "राम सिंह कांग्रेस के विधायक और पूर्व मंत्री हैं। टाटा स्टील के सीईओ टीवी नरेंद्रन ने कहा। "
        "संबित पात्रा (BJP) ने कहा। संजय राय, भाजपा प्रवक्ता, ने कहा।"
    )
    names = [("राम सिंह", "PERSON"), ("टाटा स्टील", "ORG"), ("नरेंद्रन", "PERSON"), ("संबित पात्रा", "PERSON"), ("संजय राय", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert sorted(t for t, _, _ in got["राम सिंह"]) == ["पूर्व मंत्री", "विधायक"]
    assert got["नरेंद्रन"] == [("सीईओ", "टाटा स्टील", "टाटा स्टील के सीईओ")]
    assert got["संबित पात्रा"] == [("सदस्य", "BJP", "BJP")]
    assert got["संजय राय"] == [("प्रवक्ता", "भाजपा", "भाजपा प्रवक्ता")]


def test_post_introduced_by_ke_roop_mein_before_a_participle(layer, finder):
    text = (
        "प्रधानमंत्री के रूप में शपथ लेने वाले नरेंद्र मोदी ने कहा। नोडल प्रभारी के तौर पर सक्रिय "
        "डॉ. अमित कुमार ने बताया। एक बल्लेबाज़ के तौर पर रिकी पॉंटिंग आगे हैं। नेता के तौर पर "
        "देखा जाता है और सुनील यादव को फायदा होगा।"
    )
    names = [(n, "PERSON") for n in ("नरेंद्र मोदी", "अमित कुमार", "रिकी पॉंटिंग", "सुनील यादव")]
    got = roles_of(layer, finder, text, names)
    assert got == {
        "नरेंद्र मोदी": [("प्रधानमंत्री", None, "प्रधानमंत्री")],
        "अमित कुमार": [("नोडल प्रभारी", None, "नोडल प्रभारी")],
    }


def test_post_resigned_from(layer, finder):
    text = "कमलनाथ ने राज्य के मुख्यमंत्री पद से इस्तीफे की घोषणा की। सुनील वर्मा ने कहा कि मंत्री को पद से इस्तीफा देना चाहिए।"
    got = roles_of(layer, finder, text, [("कमलनाथ", "PERSON"), ("सुनील वर्मा", "PERSON")])
    assert got == {"कमलनाथ": [("मुख्यमंत्री", None, "मुख्यमंत्री")]}


def test_appointment_after_a_chain_of_bodies_and_as_a_noun(layer, finder):
    text = (
        "बैठक में राजेश कुमार को भारतीय जनता पार्टी की जिला इकाई का अध्यक्ष चुना गया। "
        "सुनील वर्मा के जिलाध्यक्ष बनने पर खुशी जताई गई। मनोज सिंह के अध्यक्ष ने कहा।"
    )
    names = [("राजेश कुमार", "PERSON"), ("सुनील वर्मा", "PERSON"), ("मनोज सिंह", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert got["राजेश कुमार"] == [("अध्यक्ष", "जिला इकाई", "भारतीय जनता पार्टी की जिला इकाई का अध्यक्ष")]
    assert got["सुनील वर्मा"] == [("जिलाध्यक्ष", None, "जिलाध्यक्ष")]
    assert "मनोज सिंह" not in got  # his chairman, not his post


def test_shared_post_before_a_list_ending_in_a_titled_name(layer, finder):
    text = "समिति के नेता कोप्पुला ईश्वर, ई. राजेंदर और एमएलसी लक्ष्मण राव भी मौजूद थे."
    names = [("कोप्पुला ईश्वर", "PERSON"), ("ई. राजेंदर", "PERSON"), ("लक्ष्मण राव", "PERSON")]
    got = roles_of(layer, finder, text, names)
    assert [t for t, _, _ in got["ई. राजेंदर"]] == ["नेता"]
    assert [t for t, _, _ in got["लक्ष्मण राव"]] == ["एमएलसी"]
