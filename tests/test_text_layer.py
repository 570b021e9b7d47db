"""The text layer: normalisation with offset map, sentences, headings, dateline, tokens."""

from __future__ import annotations

import unicodedata

import pytest

from khabar.pipeline import TextLayer
from khabar.text import Normalizer, Segmenter, tokenize


def sentences(layer: TextLayer, text: str) -> list[str]:
    doc = layer(text)
    return [doc.original[a:b] for a, b in (doc.norm.to_orig(s.start, s.end) for s in doc.sentences)]


# --- normalisation -------------------------------------------------------------------


def test_zwj_inside_word_is_dropped_and_offsets_map_back() -> None:
    text = "नई दिल्\u200dली में बैठक"
    norm = Normalizer()(text)
    assert norm.text == "नई दिल्ली में बैठक"
    i = norm.text.index("दिल्ली")
    s, e = norm.to_orig(i, i + len("दिल्ली"))
    assert text[s:e] == "दिल्\u200dली"
    j = norm.text.index("में")
    s, e = norm.to_orig(j, j + 3)
    assert text[s:e] == "में"


def test_precomposed_nukta_equals_decomposed() -> None:
    pre = "\u095b\u093f\u0932\u093e"  # ज़िला with precomposed za
    dec = "\u091c\u093c\u093f\u0932\u093e"
    n = Normalizer()
    assert n(pre).text == n(dec).text == unicodedata.normalize("NFC", dec)
    s, e = n(pre).to_orig(0, len(n(pre).text))
    assert (s, e) == (0, len(pre))


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("\u0932\u093e\u0947\u0917\u093e\u0947\u0902", "लोगों"),  # ा+े for ो
        ("\u092e\u093e\u0948\u0938\u092e", "मौसम"),  # ा+ै for ौ
        ("\u0921\u093e\u0945.", "डॉ."),  # ा+ॅ for ॉ
        ("\u0932\u0947\u093e\u0917", "लोग"),  # े+ा, the other order
        ("\u0905\u093e\u092f\u094b\u0917", "आयोग"),  # अ+ा for आ
        ("\u0938\u0947\u0935\u093e\u0905\u094b\u0902", "सेवाओं"),  # अ+ो for ओ
        ("\u090f\u0947\u0938\u0947", "ऐसे"),  # ए+े for ऐ
        ("\u0915\u093e\u200d\u0947", "को"),  # a ZWJ between the two signs
    ],
)
def test_vowel_typed_as_two_signs_is_one_letter(typed: str, letter: str) -> None:
    text = f"कल {typed} आए"
    norm = Normalizer()(text)
    assert norm.text == f"कल {letter} आए"
    i = norm.text.index(letter)
    s, e = norm.to_orig(i, i + len(letter))
    assert text[s:e] == typed
    j = norm.text.index("आए")
    s, e = norm.to_orig(j, j + 2)
    assert text[s:e] == "आए"


def test_abbreviation_typed_with_split_vowel_does_not_end_a_sentence(layer: TextLayer) -> None:
    text = "\u0921\u093e\u0945. राम ने कहा. फिर सब गए."
    assert sentences(layer, text) == [text[: text.index("कहा.") + 4], "फिर सब गए."]


def test_visarga_used_as_colon_but_real_visarga_kept() -> None:
    n = Normalizer()
    assert n("वोट मिलाः उमैर खान").text == "वोट मिला: उमैर खान"
    assert n("अतः वह नहीं आया").text == "अतः वह नहीं आया"
    assert n("दुःख हुआ").text == "दुःख हुआ"
    assert n("सामान्यतः ऐसा होता है").text == "सामान्यतः ऐसा होता है"


def test_quotes_dashes_digits_and_pipe_danda() -> None:
    n = Normalizer()
    assert n("“हम जीतेंगे” – उन्होंने कहा").text == '"हम जीतेंगे" - उन्होंने कहा'
    assert n("‘बसीज’ में").text == "'बसीज' में"
    assert n("१६,५०० करोड़").text == "16,500 करोड़"
    assert n("बैठक हुई | फिर").text == "बैठक हुई । फिर"
    assert n("a | b").text == "a | b"


# --- sentences -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("जिसकी जितनी आबादी उसको उतनी भागीदारी.इसका तात्पर्य यह हुआ.",
         ["जिसकी जितनी आबादी उसको उतनी भागीदारी.", "इसका तात्पर्य यह हुआ."]),
        ("बैठक हुई । फिर सब चले गए ।", ["बैठक हुई ।", "फिर सब चले गए ।"]),
        ("डॉ. शशि थरूर ने कहा. श्री. ठाकुर आए.", ["डॉ. शशि थरूर ने कहा.", "श्री. ठाकुर आए."]),
        ("ए.के. सिंह ने बताया कि दर 3.5 प्रतिशत रही. सब ठीक है.",
         ["ए.के. सिंह ने बताया कि दर 3.5 प्रतिशत रही.", "सब ठीक है."]),
        ("चुनाव 2024. अगला चरण 2029 में होगा.", ["चुनाव 2024.", "अगला चरण 2029 में होगा."]),
        ('उन्होंने कहा, "हम जीतेंगे।" फिर वे चले गए।',
         ['उन्होंने कहा, "हम जीतेंगे।"', "फिर वे चले गए।"]),
        ("क्या यह सही है? हां! बिल्कुल।", ["क्या यह सही है?", "हां!", "बिल्कुल।"]),
        ("काम करना है. वह आया.", ["काम करना है.", "वह आया."]),
        ("J. P. Nadda ने कहा. ठीक.", ["J. P. Nadda ने कहा.", "ठीक."]),
        ("(उन्होंने यह कहा।) अगला वाक्य।", ["(उन्होंने यह कहा।)", "अगला वाक्य।"]),
        ("मजिस्ट्रेट जी. उत्तमराजा ने आदेश दिया. फिर सुनवाई हुई.",
         ["मजिस्ट्रेट जी. उत्तमराजा ने आदेश दिया.", "फिर सुनवाई हुई."]),
        ("जस्टिस के. जी. बालकृष्ण आए. यह कहना है मोदी जी. उन्होंने कहा.",
         ["जस्टिस के. जी. बालकृष्ण आए.", "यह कहना है मोदी जी.", "उन्होंने कहा."]),
        ("कीमत 50 रु. प्रति किलो रही. दूरी 15 किमी. है.",
         ["कीमत 50 रु. प्रति किलो रही.", "दूरी 15 किमी. है."]),
        ("सचिव ने बताया कि यूपी. के 15 जिलों में रोक है. वे गए यूपी. फिर लौटे.",
         ["सचिव ने बताया कि यूपी. के 15 जिलों में रोक है.", "वे गए यूपी.", "फिर लौटे."]),
        ("उ.प्र. के सचिव आए. प. बंगाल और म.प्र. में भी. द. कोरिया ने कहा.",
         ["उ.प्र. के सचिव आए.", "प. बंगाल और म.प्र. में भी.", "द. कोरिया ने कहा."]),
        ("वृद्धि 0.6 डि.से. थी. तापमान 45 डि.से. तक रहा. प्रो. एस.के. वर्मा और Dr. Rao आए. U.P. Police ने कहा.",
         ["वृद्धि 0.6 डि.से. थी.", "तापमान 45 डि.से. तक रहा.", "प्रो. एस.के. वर्मा और Dr. Rao आए.", "U.P. Police ने कहा."]),
        ("पूछें भी न. पर फिलहाल सब ठीक है.", ["पूछें भी न.", "पर फिलहाल सब ठीक है."]),
    ],
)
def test_sentence_boundaries(layer: TextLayer, text: str, expected: list[str]) -> None:
    assert sentences(layer, text) == expected


def test_line_break_always_ends_a_sentence(layer: TextLayer) -> None:
    assert sentences(layer, "पहली पंक्ति बिना विराम के\nदूसरी पंक्ति।") == [
        "पहली पंक्ति बिना विराम के",
        "दूसरी पंक्ति।",
    ]


# --- layout --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("रांची: बैठक में सबने हिस्सा लिया और चर्चा की.", "रांची"),
        ("नई दिल्ली, एएनआइ । सरकार ने नया आदेश जारी किया है।", "नई दिल्ली, एएनआइ"),
        ("पटना : मुख्यमंत्री ने आज बैठक की अध्यक्षता की।", "पटना"),
        ("लखनऊ (ब्यूरो)। परिषद ने परिणाम घोषित कर दिए।", "लखनऊ (ब्यूरो)"),
        ("शीर्षक यहां\nरांची / वरीय संवाददाता\nशहर में आज बैठक हुई और फैसले लिए गए।", "रांची"),
    ],
)
def test_dateline(layer: TextLayer, text: str, dateline: str) -> None:
    doc = layer(text)
    assert doc.dateline is not None
    assert doc.text[doc.dateline[0] : doc.dateline[1]] == dateline
    first = doc.sentences[0 if "\n" not in text else 1]
    assert not doc.text[first.start : first.end].startswith(dateline)


@pytest.mark.parametrize(
    "text",
    [
        "उन्होंने कहा: हम लड़ेंगे और जीतेंगे।",
        "सवाल: क्या स्कूल खुलेंगे अगले महीने?",
        "बैठक में सबने हिस्सा लिया।",
    ],
)
def test_no_false_dateline(layer: TextLayer, text: str) -> None:
    assert layer(text).dateline is None


def test_headings_are_short_lines_without_a_stop(layer: TextLayer) -> None:
    text = (
        "वोट इंडिया गठबंधन को मिलाः उमैर खान\n"
        "रांची: बैठक हुई. सबने भाग लिया.\n"
        "नए चेहरों को मिलेगा मौका\n"
        "उन्होंने कहा कि काम जारी रहेगा."
    )
    doc = layer(text)
    kinds = [ln.kind for ln in doc.lines]
    assert kinds == ["heading", "paragraph", "heading", "paragraph"]


# --- tokens --------------------------------------------------------------------------


def test_tokens_keep_vowel_signs_and_number_grouping() -> None:
    text = "अल्पसंख्यकों को 1,00,000 और 16,500 करोड़, दर 3.5%"
    toks = [text[s:e] for s, e in tokenize(text)]
    assert toks == ["अल्पसंख्यकों", "को", "1,00,000", "और", "16,500", "करोड़", ",", "दर", "3.5", "%"]


def test_segmenter_lines_trim_whitespace() -> None:
    text = "  पहली  \n\n दूसरी\n"
    assert [text[s:e] for s, e in Segmenter().lines(text)] == ["पहली", "दूसरी"]
