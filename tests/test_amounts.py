"""Amounts: the number grammar, units, what is not an amount, offsets and hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from khabar.amounts import AmountExtractor
from khabar.amounts.grammar import digit_value
from khabar.pipeline import Pipeline
from khabar.text.normalize import Normalizer

EXAMPLE = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "examples"
    / "ranchi-congress-minority-meeting.txt"
)


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["amounts", "dates"])


@pytest.fixture(scope="module")
def extractor() -> AmountExtractor:
    return AmountExtractor()


def amounts(
    nlp: Pipeline, text: str
) -> list[tuple[str, float | None, float | None, str | None, bool]]:
    a = nlp(text)
    return [(x.text, x.value, x.value_max, x.unit, x.approx) for x in a.amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, grouping, decimals, Devanagari digits
        ("कुल 1,00,000 लोग आए।", [("1,00,000 लोग", 100000, None, "people", False)]),
        ("कुल 12,34,567 रुपये", [("12,34,567 रुपये", 1234567, None, "rupee", False)]),
        ("कुल 1,000,000 डॉलर", [("1,000,000 डॉलर", 1000000, None, "dollar", False)]),
        ("3.5 प्रतिशत की वृद्धि", [("3.5 प्रतिशत", 3.5, None, "percent", False)]),
        ("१५ लोगों की मौत", [("१५ लोगों", 15, None, "death", False)]),
        # multipliers
        ("सरकार ने 16,500 करोड़ रुपये दिए।", [("16,500 करोड़ रुपये", 165000000000, None, "rupee", False)]),
        ("1.5 लाख रुपये", [("1.5 लाख रुपये", 150000, None, "rupee", False)]),
        ("दो लाख करोड़ रुपये", [("दो लाख करोड़ रुपये", 2000000000000, None, "rupee", False)]),
        ("एक करोड़ तीस लाख लोग", [("एक करोड़ तीस लाख लोग", 13000000, None, "people", False)]),
        ("90 हजार 893 मामले", [("90 हजार 893 मामले", 90893, None, "case", False)]),
        ("दो सौ पांच सीटें", [("दो सौ पांच सीटें", 205, None, "seat", False)]),
        ("दो दर्जन लोग", [("दो दर्जन लोग", 24, None, "people", False)]),
        ("16 अरब डॉलर", [("16 अरब डॉलर", 16000000000, None, "dollar", False)]),
        # number-word spelling variants
        (
            "पाँच दिन और पांच दिन",
            [("पाँच दिन", 5, None, "day", False), ("पांच दिन", 5, None, "day", False)],
        ),
        ("चौबीस घंटे", [("चौबीस घंटे", 24, None, "hour", False)]),
        ("निन्यानवे रुपये", [("निन्यानवे रुपये", 99, None, "rupee", False)]),
        # fractions
        ("लगभग डेढ़ लाख लोग", [("लगभग डेढ़ लाख लोग", 150000, None, "people", True)]),
        ("ढाई सौ पेड़", [("ढाई सौ पेड़", 250, None, "tree", False)]),
        ("साढ़े तीन लाख रुपये", [("साढ़े तीन लाख रुपये", 350000, None, "rupee", False)]),
        ("सवा लाख लोग", [("सवा लाख लोग", 125000, None, "people", False)]),
        ("पौने दो सौ मरीज", [("पौने दो सौ मरीज", 175, None, "case", False)]),
        # ranges and reduplication
        ("10-12 लाख रुपये", [("10-12 लाख रुपये", 1000000, 1200000, "rupee", False)]),
        ("दो से तीन दिन", [("दो से तीन दिन", 2, 3, "day", False)]),
        ("दो-तीन दिन", [("दो-तीन दिन", 2, 3, "day", False)]),
        ("5 से 10 हजार रुपये", [("5 से 10 हजार रुपये", 5000, 10000, "rupee", False)]),
        ("51-100 अंक", [("51-100 अंक", 51, 100, "point", False)]),
        ("एक-एक मामला", [("एक-एक मामला", 1, None, "case", False)]),
        # approximations
        ("करीब 200 लोग मौजूद थे।", [("करीब 200 लोग", 200, None, "people", True)]),
        ("कम से कम 5 लोगों की मौत", [("कम से कम 5 लोगों", 5, None, "death", True)]),
        ("50 से ज्यादा देशों में", [("50 से ज्यादा देशों", 50, None, "country", True)]),
        ("हजारों लोग सड़क पर", [("हजारों लोग", 1000, None, "people", True)]),
        ("हजारो की संख्या में लोग", [("हजारो की संख्या में लोग", 1000, None, "people", True)]),
        # percentages, currency signs
        ("50% वोट", [("50%", 50, None, "percent", False)]),
        ("शत-प्रतिशत वोट", [("शत-प्रतिशत", 100, None, "percent", False)]),
        ("शत प्रतिशत वोट", [("शत प्रतिशत", 100, None, "percent", False)]),
        ("₹ 500 का जुर्माना", [("₹ 500", 500, None, "rupee", False)]),
        ("रु. 500 का जुर्माना", [("रु. 500", 500, None, "rupee", False)]),
        # units: oblique forms, words in between, what happened to the people counted
        ("20 वर्षों के बाद", [("20 वर्षों", 20, None, "year", False)]),
        ("16 इटली के पर्यटक", [("16 इटली के पर्यटक", 16, None, "tourist", False)]),
        ("580 कोरोना के मरीज सामने आए", [("580 कोरोना के मरीज", 580, None, "case", False)]),
        ("65 छोटे बंदरगाहों पर", [("65 छोटे बंदरगाहों", 65, None, "port", False)]),
        (
            "25 की मौत, 10 घायल",
            [("25 की मौत", 25, None, "death", False), ("10 घायल", 10, None, "injured", False)],
        ),
        ("23 लोगों के मारे जाने की पुष्टि", [("23 लोगों", 23, None, "death", False)]),
        ("72 पॉजिटिव केस मिले", [("72 पॉजिटिव केस", 72, None, "case", False)]),
        # infected people are counted as cases, recovered ones as recovered
        ("दो और डॉक्टर संक्रमित", [("दो और डॉक्टर", 2, None, "case", False)]),
        ("नौ लोग कोविड-19 से संक्रमित पाए गए", [("नौ लोग", 9, None, "case", False)]),
        ("63000 से ज्यादा संक्रमित", [("63000 से ज्यादा संक्रमित", 63000, None, "case", True)]),
        ("80 संक्रमित मरीज भर्ती हैं", [("80 संक्रमित मरीज", 80, None, "patient", False)]),
        ("पांच संक्रमितों की मौत", [("पांच संक्रमितों", 5, None, "death", False)]),
        ("141 लोग ठीक होकर घर पहुंचे", [("141 लोग", 141, None, "recovered", False)]),
        ("ठीक होने वाले मरीजों की संख्या 300 हो गई", [("300", 300, None, "recovered", False)]),
        ("संक्रमित मरीजों की संख्या 80,151 तक पहुंच गई", [("80,151", 80151, None, "case", False)]),
        ("मरीजों की संख्या 428 हो गई", [("428", 428, None, "case", False)]),
        ("एक शख्स संक्रमित पाया गया", []),
        ("एक घायल हो गया", [("एक घायल", 1, None, "injured", False)]),
        ("सऊदी अरब से लौटा और संक्रमित पाया गया", []),
        (
            "33 और कोरोना संक्रमित मरीजों के ठीक होने की सूचना",
            [("33 और कोरोना संक्रमित मरीजों", 33, None, "recovered", False)],
        ),
        # what befell a list, a participle before the count, a range with two units, rates
        (
            "चक्रवात से 10 पुरुष, 3 महिलाओं की मौत हो गई",
            [("10 पुरुष", 10, None, "death", False), ("3 महिलाओं", 3, None, "death", False)],
        ),
        (
            "जान गंवाने वाले 17 व्यक्ति और स्वस्थ हो चुके 45 लोग शामिल हैं",
            [("17 व्यक्ति", 17, None, "death", False), ("45 लोग", 45, None, "recovered", False)],
        ),
        (
            "मरने वालों में छह महिलाएं और दो पुरुष हैं",
            [("छह महिलाएं", 6, None, "death", False), ("दो पुरुष", 2, None, "death", False)],
        ),
        (
            "आठ पुलिसकर्मियों समेत 18 लोग मारे गए",
            [("आठ पुलिसकर्मियों", 8, None, "death", False), ("18 लोग", 18, None, "death", False)],
        ),
        ("वायरस की चपेट में करीब 800 लोग", [("करीब 800 लोग", 800, None, "case", True)]),
        ("एक जवान और पोर्टर की मौत हो चुकी थी", [("एक जवान", 1, None, "death", False)]),
        ("दो लोगों की जान बच गई", [("दो लोगों", 2, None, "people", False)]),
        ("आयु 21 वर्ष से 50 वर्ष के बीच है", [("21 वर्ष से 50 वर्ष", 21, 50, "year", False)]),
        ("120 किमी प्रति घंटे की रफ्तार", [("120 किमी प्रति घंटे", 120, None, "km/h", False)]),
        ("60 से 70 किलोमीटर की रफ्तार से", [("60 से 70 किलोमीटर", 60, 70, "km/h", False)]),
        ("रविवार शाम 6.3 तीव्रता का भूकंप", [("6.3 तीव्रता", 6.3, None, "magnitude", False)]),
        ("पारादीप में 42.2 मिमी बारिश", [("42.2 मिमी", 42.2, None, "millimetre", False)]),
        ("111 Crore corona cases", [("111 Crore", 1110000000, None, None, False)]),
        # collective numerals count with a noun only; times of day; model numbers
        ("दोनों लैब में जांच", [("दोनों लैब", 2, None, "lab", False)]),
        ("दोनों ने कहा", []),
        ("ये दोनों चिकित्सक भर्ती हैं", []),
        ("सुबह आठ से शाम पांच बजे तक", []),
        ("एयरबस ए. 310 का इस्तेमाल", []),
        ("मेरा वजूद है. 40 सालों से", [("40 सालों", 40, None, "year", False)]),
        ("कोविड 19 किट", []),
        ("35 वर्षीय युवक", [("35 वर्षीय", 35, None, "year", False)]),
        ("पांच गुना बढ़ा", [("पांच गुना", 5, None, None, False)]),
        ("एक व्यक्ति की मौत हो गई", [("एक व्यक्ति", 1, None, "death", False)]),
        ("मौत के तीन नए मामले", [("तीन नए मामले", 3, None, "death", False)]),
    ],
)
def test_number_grammar(nlp: Pipeline, text: str, expected: list[tuple]) -> None:
    assert amounts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "धारा 144 लागू",
        "15 सूत्री कार्यक्रम",
        "NH 33 पर जाम",
        "एनएच 33 पर जाम",
        "कोविड-19 का कहर",
        "N-95 मास्क",
        "पहली बार ऐसा हुआ",
        "इसकी एक सूची बनी",
        "एक अधिकारी ने बताया",
        "सुबह 10 बजे बैठक",
        "10:30 पर बैठक",
        "10वीं कक्षा",
        "मुझे जाने दो",
        "लोकसभा चुनाव 2024 की समीक्षा",
        "15 जून को बैठक",
        "15/06/2024 को",
        "वर्ष 2019-20 में",
        "मोबाइल नंबर 9876543210 है",
        "हेल्पलाइन 0522-2230688 पर",
        "navbharat_2002_5_4_10679480",
        "पांच सितारा होटल",
        "एक भी मामला नहीं",
        "एक बार फिर",
        "धारा 68, 140 और 188 के उल्लंघन पर",
        "लैंडलाइन नंबर 04366-226040, 226050, 226080 और 226090 पर",
        "कक्षा 10 और 12 की परीक्षाएं",
        "04:47 PM, 28-MAR-2020",
        "इस 3-डी प्रिंटर में",
        "विटामिन बी-12 से भरपूर",
        "सत्तर और अस्सी के दशक के सुपरस्टार",
        "80 के दौर में काम करना",
    ],
)
def test_not_amounts(nlp: Pipeline, text: str) -> None:
    assert amounts(nlp, text) == []


def test_year_or_count(nlp: Pipeline) -> None:
    assert amounts(nlp, "2000 से अधिक लोग घायल") == [
        ("2000 से अधिक लोग", 2000, None, "injured", True)
    ]
    assert amounts(nlp, "मामलों की संख्या बढ़कर 1965 हो गई") == [("1965", 1965, None, "case", False)]
    assert amounts(nlp, "2020 में 50 लोग") == [("50 लोग", 50, None, "people", False)]


def test_unit_from_context(nlp: Pipeline) -> None:
    # a noun shortly before, in the same clause
    assert amounts(nlp, "सभी सीटों पर वोट लाख-दो लाख तक बढ़ा है।") == [
        ("लाख-दो लाख", 100000, 200000, "vote", False)
    ]
    assert amounts(nlp, "मृतक संख्या 38 हुई") == [("38", 38, None, "death", False)]
    # coordination with a number that has a unit
    assert [a[3] for a in amounts(nlp, "12 बड़े और 65 छोटे बंदरगाहों पर")] == ["port", "port"]
    # the previous amount's unit, in a list
    got = amounts(nlp, "नौ रोगियों की मौत हो चुकी है। गुजरात में छह, कर्नाटक में तीन।")
    assert [(a[1], a[3]) for a in got] == [(9, "death"), (6, "death"), (3, "death")]
    # "एक" in a list of numbers is a count
    got = amounts(nlp, "इसमें तीन आगरा, एक नोएडा व छह दिल्ली के मरीज हैं।")
    assert [a[1] for a in got] == [3, 1, 6]


def test_example_article(nlp: Pipeline) -> None:
    if not EXAMPLE.is_file():
        pytest.skip("../shared/examples not found: the shared example article is needed")
    text = EXAMPLE.read_text(encoding="utf-8")
    art = nlp(text)
    got = [(a.text, a.value, a.value_max, a.unit) for a in art.amounts]
    assert got == [
        ("शत प्रतिशत", 100, None, "percent"),
        ("100 प्रतिशत", 100, None, "percent"),
        ("शत-प्रतिशत", 100, None, "percent"),
        ("20 वर्षों", 20, None, "year"),
        ("दो सीट", 2, None, "seat"),
        ("लाख-दो लाख", 100000, 200000, "vote"),
    ]
    texts = {a.text for a in art.amounts}
    assert not texts & {"2024", "15 सूत्री", "20 सूत्री", "पहली", "एक सूची", "एक"}
    assert [(d.text, d.value) for d in art.dates] == [("2024", "2024"), ("शनिवार", None)]


def test_offsets_round_trip(nlp: Pipeline) -> None:
    # joiners, a nukta spelled two ways and Devanagari digits change the normalised text
    text = "दिल्\u200dली में \u0968\u0966 लोग आए, ढ़ाई सौ पेड़ गिरे और करोड़ रुपये\u200c खर्च; २० वर्षों बाद।"
    art = nlp(text)
    assert art.amounts
    for a in art.amounts:
        assert text[a.start : a.end] == a.text
    assert [a.value for a in art.amounts] == [20, 250, 10000000, 20]


def test_amounts_in_text_order(nlp: Pipeline) -> None:
    art = nlp("पहले 5 लोग आए, फिर 10 लोग, फिर करीब 200 लोग।")
    assert [a.start for a in art.amounts] == sorted(a.start for a in art.amounts)
    assert [a.value for a in art.amounts] == [5, 10, 200]


def test_extractor_on_plain_text(extractor: AmountExtractor) -> None:
    t = Normalizer()("कुल 50 फीसदी वोट").text
    (a,) = extractor.find(t)
    assert (t[a.start : a.end], a.value, a.unit) == ("50 फीसदी", 50, "percent")


def test_digit_value() -> None:
    assert digit_value("1,00,000") == 100000
    assert digit_value("16,500") == 16500
    assert digit_value("1,000,000") == 1000000
    assert digit_value("3.25") == 3.25
    assert digit_value("1,00,00") is None
    assert digit_value("9" * 16) is None


@pytest.mark.parametrize(
    ("unit", "count", "limit_s"),
    [
        ("लाख-", 250_000, 15.0),
        ("9", 1_000_000, 10.0),
        ("1,", 50_000, 15.0),
        ("दो सौ ", 50_000, 15.0),
    ],
)
def test_hostile_input_is_linear(unit: str, count: int, limit_s: float) -> None:
    nlp = Pipeline(["amounts", "dates"])
    text = unit * count
    t = time.perf_counter()
    art = nlp(text)
    assert time.perf_counter() - t < limit_s
    for a in art.amounts[:100]:
        assert text[a.start : a.end] == a.text
    if unit == "9":
        assert art.amounts == []  # a 1 MB digit string is no number


def test_hostile_long_numbers(nlp: Pipeline) -> None:
    art = nlp("1" * 5000 + " लोग और " + "1," * 2000 + "000 रुपये")
    assert all(a.value is None or a.value < 1e16 for a in art.amounts)


def test_age_in_brackets_after_a_person(layer) -> None:
    from helpers import make_doc

    from khabar.amounts.component import AmountFinder

    text = "दुर्घटना में निशा सेजवाल (19) और राल्फ नाइट (72) की मौत हो गई। धारा (144) लागू।"
    doc = make_doc(layer, text, [("निशा सेजवाल", "PERSON"), ("राल्फ नाइट", "PERSON")])
    AmountFinder()(doc)
    got = [(doc.text[a.start : a.end], a.value, a.unit) for a in doc.amounts]
    assert ("19", 19, "year") in got and ("72", 72, "year") in got
    assert all(u != "year" for t, _, u in got if t == "144")


def test_counted_nouns_from_their_lemmas(nlp: Pipeline) -> None:
    # forms generated from count_nouns.tsv: masculine -ा, feminine -ी, English loan -्स
    assert amounts(nlp, "ट्रेन के तीन डिब्बे पटरी से उतरे") == [("तीन डिब्बे", 3, None, "coach", False)]
    assert amounts(nlp, "पांच बदमाशों को पकड़ा") == [("पांच बदमाशों", 5, None, "criminal", False)]
    assert amounts(nlp, "दो फैक्ट्रियों को नुकसान") == [("दो फैक्ट्रियों", 2, None, "factory", False)]
    assert amounts(nlp, "सात ख़ास ऐप्स पर") == [("सात ख़ास ऐप्स", 7, None, "app", False)]
    # a lone multiplier stays no amount even when a counted noun follows later
    assert amounts(nlp, "सऊदी अरब और पाकिस्तानी नागरिक") == []


def test_noun_forms() -> None:
    from khabar.amounts.lexicon import noun_forms

    assert noun_forms("डिब्बा", "m", []) == ["डिब्बा", "डिब्बे", "डिब्बों", "डिब्बोँ", "डिब्बो"]
    assert "साथियों" in noun_forms("साथी", "m", [])
    assert {"घटनाएं", "घटनाओं"} <= set(noun_forms("घटना", "f", []))
    assert {"खिताब", "खिताबों"} <= set(noun_forms("ख़िताब", "m", []))
    with pytest.raises(ValueError):
        noun_forms("डिब्बा", "q", [])


def test_breakdown_takes_the_unit_of_the_whole(nlp: Pipeline) -> None:
    got = amounts(nlp, "इन 83 मामलों में 66 भारतीय हैं जबकि 17 विदेशी नागरिक हैं।")
    assert [(a[1], a[3]) for a in got] == [(83, "case"), (66, "case"), (17, "case")]
    # outside the sentence the breakdown ends
    got = amounts(nlp, "इन 83 मामलों में 66 भारतीय हैं। कल 17 विदेशी नागरिक लौटे।")
    assert [(a[1], a[3]) for a in got][-1] == (17, "people")


def test_bare_numbers_after_a_measure_noun(nlp: Pipeline) -> None:
    got = amounts(nlp, "गैस के दाम 622 से बढ़कर 876 तक पहुंच गए।")
    assert [(a[1], a[3]) for a in got] == [(622, "rupee"), (876, "rupee")]
    assert amounts(nlp, "रिक्टर पैमाने पर इसकी तीव्रता 3.6 मापी गई।") == [
        ("3.6", 3.6, None, "magnitude", False)
    ]
    got = amounts(nlp, "684 अन्य की आयु 50 से 60 के बीच है।")
    assert got[-1][1:4] == (50, 60, "year")


def test_suspects_stay_suspects(nlp: Pipeline) -> None:
    assert amounts(nlp, "740 नए संदिग्ध मरीज चिह्नित")[0][3] == "suspect"
    assert amounts(nlp, "42 संदिग्ध मामलों की जानकारी")[0][3] == "case"
    got = amounts(nlp, "953 लोगों की स्क्रीनिंग की गई। इसमें से सात संदिग्ध मरीज मिले हैं।")
    assert [a[3] for a in got] == ["test", "suspect"]


def test_whole_takes_the_unit_of_its_part(nlp: Pipeline) -> None:
    got = amounts(nlp, "राज्य के 52 में से 26 जिलों में वायरस पहुंच चुका है।")
    assert [(a[1], a[3]) for a in got] == [(52, "district"), (26, "district")]
    # not when the part's unit says what befell it
    got = amounts(nlp, "यहां आए 11 में से तीन जमातियों के कोरोना पाजीटिव मिलने के बाद")
    assert [(a[1], a[3]) for a in got] == [(11, None), (3, "case")]


def test_patients_under_treatment(nlp: Pipeline) -> None:
    assert amounts(nlp, "अभी 11 मरीज आइसीयू में हैं।")[0][3] == "patient"
    assert amounts(nlp, "भर्ती कराए गए पांच मरीजों की हालत गंभीर")[0][3] == "patient"
    # the injured stay injured; a bare number takes no state
    assert amounts(nlp, "दो घायलों की हालत गंभीर बताई जा रही है।")[0][3] == "injured"
    assert amounts(nlp, "लाहौर में सात की जान ली")[0][3] == "death"


def test_pairs_of_ek_that_something_befell(nlp: Pipeline) -> None:
    got = amounts(nlp, "उनके भाई की भी एक गाय व एक भैंस झुलस गई।")
    assert [a[1] for a in got] == [1, 1]
    assert amounts(nlp, "एक अधिकारी और एक डॉक्टर ने बताया।") == []
    # "महिला घायल" is a predicate: the injured, not women
    got = amounts(nlp, "भूस्खलन में एक बच्ची और एक महिला घायल हो गई।")
    assert [a[1] for a in got] == [1, 1] and got[-1][3] == "injured"


def test_confirmed_and_tested(nlp: Pipeline) -> None:
    assert amounts(nlp, "अब तक 11 लोगों में कोरोना वायरस की पुष्टि हुई है।")[0][3] == "case"
    assert amounts(nlp, "अन्य 236 व्यक्तियों का परीक्षण किया गया है।")[0][3] == "test"
    assert amounts(nlp, "तीन लोगों की रिपोर्ट नेगेटिव आई।")[0][3] == "test"


def test_recovered_suspected_and_infected_phrases(nlp: Pipeline) -> None:
    got = amounts(nlp, "पिछले 36 घंटे में 82 लोगों ने कोरोना वायरस को शिकस्त दी है।")
    assert got[-1][3] == "recovered"
    assert amounts(nlp, "587 लोगों को वायरस से संक्रमित होने का संदेह है।")[0][3] == "suspect"
    assert amounts(nlp, "रविवार को दो और लोग महामारी की चपेट में आ गए।")[0][3] == "case"
    # floods and fires are no infection
    assert amounts(nlp, "बाढ़ की चपेट में 20 लोग आ गए।")[0][3] == "people"


def test_hyphenated_words_and_counted_subjects(nlp: Pipeline) -> None:
    assert amounts(nlp, "भारत में 200 छोटे-छोटे बंदरगाह हैं")[0][3] == "port"
    assert amounts(nlp, "प्रदेश के छह मेडिकल कॉलेज-अस्पतालों में")[0][3] == "college"
    assert amounts(nlp, "3-दिवसीय दौरा")[0][3] == "day"
    assert amounts(nlp, "देश में रेड जोन की संख्या 130 थी।")[0][3] == "zone"
    # a long place name before a hyphen keeps its count ("बी-12" and "केरल-3" do not)
    got = amounts(nlp, "10 लोग (केरल-3, दिल्ली-7) ठीक हुए।")
    assert [a[1] for a in got] == [10, 7]


def test_table_rows_take_the_heading_unit(nlp: Pipeline) -> None:
    text = (
        "राज्य\t31 मार्च तक मरीजों की संख्या\n"
        "महाराष्ट्र\t302\nतमिलनाडु\t74\n\n"
        "कोरोना पॉजिटिवों की जिलावार स्थिति\nमुंगेर- 95\n\nबक्सर - 56\n"
    )
    got = [(a[1], a[3]) for a in amounts(nlp, text)]
    assert got == [(302, "case"), (74, "case"), (95, "case"), (56, "case")]
    got = amounts(nlp, "मरीजों की संख्या बढ़ी।\nअधिकार प्राप्त समूह -2 के अध्यक्ष ने कहा।")
    assert [a[3] for a in got] == [None]
    # the label itself may name what is counted
    assert amounts(nlp, "गोवा\nपरीक्षण- 21\n")[0][3] == "test"


def test_test_as_a_modifier(nlp: Pipeline) -> None:
    assert amounts(nlp, "सचिन ने 200 टेस्ट मैच खेले")[0][3] == "match"
    assert amounts(nlp, "पांच लाख एंटीबॉडी टेस्ट किट")[0][3] == "kit"
    assert amounts(nlp, "कल 37,173 परीक्षण किए गए")[0][3] == "test"


def test_infected_subjects_and_parts(nlp: Pipeline) -> None:
    got = amounts(nlp, "बटालियन में संक्रमित जवानों की संख्या बढ़कर 135 हो गई है.")
    assert got == [("135", 135, None, "case", False)]
    assert amounts(nlp, "इलाज करा रहे 230 मरीजों में से कुछ गंभीर हैं")[0][3] == "patient"
    got = amounts(nlp, "37 लोगों के खिलाफ केस दर्ज किया जिसमें से 29 अब तक फरार हैं।")
    assert [a[3] for a in got] == ["people", "people"]


def test_freed_of_infection_and_versions(nlp: Pipeline) -> None:
    got = amounts(nlp, "अभी तक कुल 1,959 लोग संक्रमण मुक्त हो चुके हैं।")
    assert got[0][3] == "recovered"
    assert amounts(nlp, "गृह मंत्रालय ने लॉकडाउन 3.0 की घोषणा की") == []
    assert amounts(nlp, "पहला लॉकडाउन 21 दिनों के लिए था")[0][1:4] == (21, None, "day")
    assert amounts(nlp, "भूकंप की तीव्रता 5.0 थी")[0][3] == "magnitude"


def test_table_columns_keep_their_heading(nlp: Pipeline) -> None:
    text = "कोरोना की स्थिति\nराज्य\tसंक्रमित\tमौत\tठीक हुए\nमहाराष्ट्र\t302\t12\t40\nतमिलनाडु\t74\t1\t9\n"
    got = [(a[1], a[3]) for a in amounts(nlp, text)]
    assert got == [
        (302, "case"),
        (12, "death"),
        (40, "recovered"),
        (74, "case"),
        (1, "death"),
        (9, "recovered"),
    ]
    # a heading row that has numbers in it is no data row
    text = "राज्य\t31 मार्च तक मरीजों की संख्या\t10 अप्रैल को मरीजों की संख्या\nमहाराष्ट्र\t302\t1364\n"
    assert [a[3] for a in amounts(nlp, text)][-2:] == ["case", "case"]


def test_stacked_heading_lines_name_their_columns(nlp: Pipeline) -> None:
    # the heading row broken into one line per column, as pages copied into text often are
    text = (
        "राज्यों में कोरोना के मामले इस प्रकार हैं, जैसा कि मंत्रालय ने आज बताया है।\n"
        "राज्य\nमरीजों की कुल संख्या\nठीक हुए\nमौत\n"
        "केरल\t194\t19\t1\nगोवा\t5\t0\t2\n"
    )
    got = [(a[1], a[3]) for a in amounts(nlp, text)]
    assert got == [
        (194, "case"),
        (19, "recovered"),
        (1, "death"),
        (5, "case"),
        (0, "recovered"),
        (2, "death"),
    ]
    # a long prose line above is no heading cell: the last counted noun stays the answer
    text = "राज्यों में कोरोना के मरीजों की संख्या इस प्रकार है\nकेरल\t194\t19\n"
    assert [a[3] for a in amounts(nlp, text)] == ["case", "case"]


def test_row_numbers_of_a_table_are_no_amounts(nlp: Pipeline) -> None:
    text = "क्रम संख्या\tराज्य\tमरीजों की संख्या\n1\tकेरल\t194\n2\tगोवा\t5\n"
    assert [(a[1], a[3]) for a in amounts(nlp, text)] == [(194, "case"), (5, "case")]
    # a count that starts a line is kept when no label cell follows it
    text = "राज्य\tमरीजों की संख्या\tमौत\nकेरल\t194\t1\n"
    assert [a[1] for a in amounts(nlp, text)] == [194, 1]


def test_more_counted_nouns_and_the_aye_plural(nlp: Pipeline) -> None:
    text = "सूचकांक 30 शेयरों पर आधारित है। 50 से अधिक नौकायें डूबीं। दो तरीके हैं। 9 भ्रूण मिले।"
    assert [a[3] for a in amounts(nlp, text)] == ["share", "boat", "way", "fetus"]
    assert [a[3] for a in amounts(nlp, "नए मोबाइल कनेक्शनों की संख्या पांच लाख रही।")] == ["connection"]


def test_partitive_of_the_dead_in_the_singular_spelling(nlp: Pipeline) -> None:
    text = "मरने वाले में छह लोग दिल्ली के थे।"
    assert [a[3] for a in amounts(nlp, text)] == ["death"]


def test_imperative_do_is_no_number(nlp: Pipeline) -> None:
    assert amounts(nlp, "संक्रमण की दर कम कर दो और फिर इसे रोक दो ताकि समय मिले।") == []
    # the conjunctive "कर" before a count keeps it
    got = amounts(nlp, "पुलिस ने छापेमारी कर दो लोगों को गिरफ्तार किया।")
    assert [(a[1], a[3]) for a in got] == [(2, "people")]


def test_scores_are_no_ranges(nlp: Pipeline) -> None:
    assert amounts(nlp, "बेल्जियम ने भारत को 3-0 से हरा दिया।") == []
    assert amounts(nlp, "टीम एक-तीन से श्रृंखला हार गई।") == []
    # a range before "से" and another word stays a range
    assert [(a[1], a[2]) for a in amounts(nlp, "15-20 से ज्यादा लोग आए।")] == [(15, 20)]


def test_time_plurals_without_anusvara(nlp: Pipeline) -> None:
    got = amounts(nlp, "इन दस वर्षो में कुछ नहीं बदला।")
    assert [(a[0], a[3]) for a in got] == [("दस वर्षो", "year")]


def test_dash_tables_split_their_columns(nlp: Pipeline) -> None:
    text = "कहां कितनी मौत\nदेश - मौत - संक्रमित\n\nचीन - 3169 - 80,778\n\nइटली - 827 - 12,462\n"
    got = [(a[1], a[2], a[3]) for a in amounts(nlp, text)]
    assert got == [
        (3169, None, "death"),
        (80778, None, "case"),
        (827, None, "death"),
        (12462, None, "case"),
    ]
    # in prose a spaced hyphen still makes a range
    assert amounts(nlp, "इसमें 10 - 12 लोग थे")[0][1:4] == (10, 12, "people")


def test_half(nlp: Pipeline) -> None:
    assert amounts(nlp, "आधा दर्जन लोग घायल")[0][1:4] == (6, None, "injured")
    assert amounts(nlp, "आधा घंटा")[0][1:4] == (0.5, None, "hour")
    assert amounts(nlp, "आधी रात को") == []
    assert amounts(nlp, "आधे लोग बाहर थे") == []


def test_disease_words_between_number_and_noun(nlp: Pipeline) -> None:
    got = amounts(nlp, "इससे पहले भारत में दो और कोरोना वायरस के मामले सामने आए")
    assert got == [("दो और कोरोना वायरस के मामले", 2, None, "case", False)]
    assert amounts(nlp, "580 कोरोना के मरीज")[0][3] == "case"
    assert amounts(nlp, "24 घंटों के अंदर 2644 नए कोरोना मामले")[-1][1:4] == (2644, None, "case")


def test_money_named_after_a_sum(nlp: Pipeline) -> None:
    got = amounts(nlp, "कर्मियों को मिलेगा 20 लाख करोड़ के पैकेज का लाभ")
    assert got == [("20 लाख करोड़", 20000000000000, None, "rupee", False)]
    assert amounts(nlp, "उस पर 25 हजार का इनाम था")[0][1:4] == (25000, None, "rupee")
    assert amounts(nlp, "50 लाख से अधिक का नुकसान")[0][1:5] == (5000000, None, "rupee", True)
    # after a noun the phrase says nothing about money
    assert amounts(nlp, "पांच लोगों का बीमा हुआ")[0][3] == "people"


def test_nukta_spellings_and_calibres(nlp: Pipeline) -> None:
    assert amounts(nlp, "मंदिर के आसपास चार सीमेंट फ़ैक्ट्रियां हैं")[0][3] == "factory"
    assert amounts(nlp, "दो ज़िलों में")[0][3] == "district"
    assert amounts(nlp, "एक बुलेट 315 बोर का") == []


@pytest.mark.parametrize(
    "row",
    ["पटना\t{i}\t{j}\n", "चीन - {i} - {j}\n", "पटना : {i}\n\n\n", "\t{i}"],
)
def test_long_tables_stay_linear(extractor: AmountExtractor, row: str) -> None:
    # every cell looks for its heading row: remembered per row, bounded per line
    text = "राज्य\tसंक्रमित\tमौत\n" + "".join(row.format(i=i, j=i + 1) for i in range(20000))
    t = time.perf_counter()
    found = extractor.find(text)
    assert time.perf_counter() - t < 5.0
    assert found and all(text[a.start : a.end] == a.text for a in found[:200])


def test_bracketed_list_items_take_the_noun_before(nlp: Pipeline) -> None:
    text = "बाहर से लौटनेवाले पॉजिटिवों में सर्वाधिक बेगूसराय (26), नालंदा (15), भागलपुर (13)"
    assert [(a[1], a[3]) for a in amounts(nlp, text)] == [(26, "case"), (15, "case"), (13, "case")]
    # an age after a person's name in brackets stays no count of people
    assert amounts(nlp, "मजदूर सोमई यादव (40) की मौत हो गई")[0][3] != "worker"


def test_age_after_a_person_overrides_a_lent_unit(layer) -> None:
    from helpers import make_doc

    from khabar.amounts.component import AmountFinder

    text = "हादसे में खेदड़ निवासी अमित (19) की मौत हो गई।"
    doc = make_doc(layer, text, [("अमित", "PERSON")])
    AmountFinder()(doc)
    assert [(doc.text[a.start : a.end], a.unit) for a in doc.amounts] == [("19", "year")]


def test_one_atom_fast_path_equals_composition() -> None:
    """``parse_one`` (the fast path for a run of one atom) gives what the composing
    parser gives, for every word of the lexicon and some digit groups."""
    from khabar.amounts.grammar import make_atom, parse_one, parse_run
    from khabar.amounts.lexicon import AmountLexicon

    lex = AmountLexicon()
    words = [*lex.atom_words(), "शत", "0", "7", "16,500", "1,00,000", "2.5", "0.75", "123456"]
    seen = 0
    for w in words:
        a = make_atom(lex, w, 0, len(w), "")
        if a is None:
            continue
        seen += 1
        assert parse_one(a) == parse_run([a]), w
    assert seen > 100


def test_prev_word_reads_back_to_the_word_before(extractor: AmountExtractor) -> None:
    """The word before a number, past a separator, cut to the reach."""

    def pw(text: str) -> str:
        return extractor._prev_word(text, len(text))

    assert pw("धारा ") == "धारा"
    assert pw("परीक्षण- ") == "परीक्षण"
    assert pw("एयरबस ए. ") == "ए."
    assert pw("कुल:") == "कुल"
    assert pw("12 ") == ""
    assert pw("अ" * 40 + " ") == "अ" * 23


def test_thousands_group_after_a_comma_and_a_space(nlp: Pipeline) -> None:
    """ "11, 487 लोग" is one number; lists of numbers stay apart."""
    got = amounts(nlp, "पृथक-वास केंद्रों में 11, 487 लोग हैं।")
    assert [(a[1], a[3]) for a in got] == [(11487, "people")]
    got = amounts(nlp, "गांवों में 10, 20, 300 और 400 लोग आए।")
    assert [a[1] for a in got] == [10, 20, 300, 400]
    got = amounts(nlp, "वार्डों में 68, 140 और 188 लोग हैं।")
    assert [a[1] for a in got] == [68, 140, 188]


def test_leading_zero_in_a_tab_table_is_a_count(nlp: Pipeline) -> None:
    """ "नागपुर<TAB> 09" in a table counts 9; "0522" in prose stays a code."""
    got = amounts(nlp, "जिलों में मरीज\nपुणे\t 18\nनागपुर\t 09\nसतारा\t 02\n")
    assert [a[1] for a in got] == [18, 9, 2]
    assert amounts(nlp, "कोड 0522 पर फोन करें।") == []


def test_what_befell_the_people_named_before_a_count(nlp: Pipeline) -> None:
    """What befell the people named counts: "मरने वाले लोगों की संख्या 385" = deaths."""
    got = amounts(nlp, "देश में जान गंवाने वाले लोगों की संख्या 385 हो गई है।")
    assert [(a[1], a[3]) for a in got] == [(385, "death")]
    got = amounts(nlp, "देश में संक्रमित लोगों की संख्या 385 हो गई है।")
    assert [(a[1], a[3]) for a in got] == [(385, "case")]


def test_number_named_by_a_singular_noun_before_it(nlp: Pipeline) -> None:
    """A number right after a singular noun is named by it ("ट्रेन 55075", "टीम 11"); a
    plural before it is the subject of a count ("कुल मामले 51 हो गए")."""
    assert amounts(nlp, "उसने पैसेंजर ट्रेन 55075 के पास छात्रों को देखा।") == []
    got = amounts(nlp, "जिले में कुल मामले 51 हो गए हैं।")
    assert [(a[1], a[3]) for a in got] == [(51, "case")]


def test_conjunctions_are_data() -> None:
    """The conjunction lists live in conjunctions.tsv, each word with its roles; a list
    joiner added there joins numbers ("68, 140 अथवा 188" stays three numbers)."""
    from khabar.amounts import AmountLexicon

    lex = AmountLexicon()
    assert set(lex.conjunctions) == {"list", "coord", "clause_end", "with"}
    assert "व" in lex.conjunctions["list"] and "जबकि" in lex.conjunctions["coord"]
    assert "वरना" in lex.conjunctions["clause_end"] and "समेत" in lex.conjunctions["with"]
    lex.conjunctions = {**lex.conjunctions, "list": (*lex.conjunctions["list"], "अथवा")}
    got = AmountExtractor(lex).find("वार्डों में 10, 487 अथवा 188 लोग हैं।")
    assert [a.value for a in got] == [10, 487, 188]
    got = AmountExtractor().find("वार्डों में 10, 487 अथवा 188 लोग हैं।")
    assert [a.value for a in got] == [10487, 188]


def test_nouns_ending_in_the_letter_ii() -> None:
    from khabar.amounts.lexicon import noun_forms

    assert "भाइयों" in noun_forms("भाई", "m", [])
    assert {"दवाइयां", "दवाइयों"} <= set(noun_forms("दवाई", "f", []))


def test_unknown_plural_noun_takes_no_borrowed_unit(nlp: Pipeline) -> None:
    """A bare number before a plural noun the lexicon lacks counts that noun: no unit
    from the amount before it, a noun before it or a list around it."""
    got = amounts(nlp, "सेना के 25 वाहन क्षतिग्रस्त हो गए थे जबकि 17 बैरेंकें नष्ट हो गईं।")
    assert [(a[1], a[3]) for a in got] == [(25, "vehicle"), (17, None)]
    got = amounts(nlp, "दुनिया के 62 देशों से वायरस के 5300 अनुक्रमों का विश्लेषण")
    assert [(a[1], a[3]) for a in got] == [(62, "country"), (5300, None)]
    got = amounts(nlp, "दुनिया के 62 देशों से वायरस के 5300 जीनोम्स का विश्लेषण")
    assert [(a[1], a[3]) for a in got] == [(62, "country"), (5300, "genome")]
    # a postposition, a pronoun or a verb with such an ending is no noun
    got = amounts(nlp, "हादसे में 10 लोगों की मौत हुई। गुजरात में छह, कर्नाटक में तीन।")
    assert [a[3] for a in got] == ["death", "death", "death"]
    # the unknown noun still shares what befell the list it stands in
    got = amounts(nlp, "कम से कम 26 ट्रैकर्स और तीन किसानों के मारे जाने की खबर है")
    assert [a[3] for a in got] == ["death", "death"]


def test_what_befell_a_part_is_not_what_befell_the_whole(nlp: Pipeline) -> None:
    got = amounts(nlp, "ग्लेशियर की चपेट में आए पांच युवक, दो लापता")
    assert [(a[1], a[3]) for a in got] == [(5, "youth"), (2, "missing")]
    got = amounts(nlp, "असम में बाढ़ से 6 लाख लोग प्रभावित, तीन की मौत, 5 लापता")
    assert [a[3] for a in got] == ["people", "death", "missing"]
    # "समेत": the total includes the part
    got = amounts(nlp, "मेकुनु से 3 भारतीयों समेत 11 की मौत")
    assert [a[3] for a in got] == ["death", "death"]


def test_an_argument_of_its_own_verb_inherits_no_outcome(nlp: Pipeline) -> None:
    got = amounts(nlp, "हादसे में 10 लोगों की मौत हो गई। पुलिस ने 5 को गिरफ्तार किया।")
    assert [(a[1], a[3]) for a in got] == [(10, "death"), (5, "people")]
    got = amounts(nlp, "एक जवान घायल हो गया, जबकि एक अन्य को सुरक्षित निकाल लिया गया।")
    assert [a[3] for a in got] == ["injured", "people"]
    got = amounts(nlp, "एक जवान घायल हो गया, जबकि एक को सुरक्षित निकाल लिया गया।")
    assert [a[3] for a in got] == ["injured", "soldier"]
    # an elliptical clause shares the outcome
    got = amounts(nlp, "हादसे में 10 लोगों की मौत हो गई जबकि पटना में 5 की।")
    assert [a[3] for a in got] == ["death", "death"]


def test_money_named_by_what_it_buys(nlp: Pipeline) -> None:
    got = amounts(nlp, "दुकान पर पहुंचा और 40 हजार की नगदी के अलावा करीब पांच लाख के जेवरात लूटे।")
    assert [(a[1], a[3]) for a in got] == [(40000, "rupee"), (500000, "rupee")]
    got = amounts(nlp, "मारा गया 50 हजार का इनामी बदमाश")
    assert [(a[1], a[3]) for a in got] == [(50000, "rupee")]
    # a small bare number is no sum: "दो की संपत्ति" is the property of two
    assert [a[3] for a in amounts(nlp, "हादसे में दो की संपत्ति जली")] != ["rupee"]


def test_phone_and_helpline_numbers_are_no_amounts(nlp: Pipeline) -> None:
    assert amounts(nlp, "ई-पास के लिए आप 1031 पर फोन करें ।") == []
    got = amounts(
        nlp,
        "कंट्रोल रूम में अब तक 7 हेल्पलाइन नंबर थे । दो नई हेल्पलाइन की शुरुआत की गई है ।"
        " ये हैं- 1930 (टोल फ्री नंबर) और 1944 ।",
    )
    assert [(a[1], a[3]) for a in got] == [(7, "helpline"), (2, "helpline")]


def test_roads_are_named_by_numbers(nlp: Pipeline) -> None:
    assert amounts(nlp, "मनाली नेशनल हाईवे-21 पर रविवार को हादसा हुआ") == []
    assert amounts(nlp, "दिल्ली से कानपुर जाने वाले राजमार्ग 95 पर") == []
    got = amounts(nlp, "मलबा आने से केदारनाथ राजमार्ग सात घंटे तक बंद रहा।")
    assert [(a[1], a[3]) for a in got] == [(7, "hour")]


def test_index_levels_are_points(nlp: Pipeline) -> None:
    got = amounts(
        nlp,
        "सेंसेक्स 2,357.63 अंकों यानी 6.60 फीसदी लुढ़ककर 33,339.77 पर कारोबार कर रहा था।",
    )
    assert [a[3] for a in got] == ["point", "percent", "point"]
    # no index named: no points
    got = amounts(nlp, "मरीजों की संख्या 500 पर बंद नहीं हुई।")
    assert [a[3] for a in got] != ["point"]


def test_participle_of_what_befell_before_the_count(nlp: Pipeline) -> None:
    got = amounts(nlp, "हादसे में घायल 15 लोगों को अस्पताल भेजा गया। लापता 21 लोगों की तलाश जारी है।")
    assert [(a[1], a[3]) for a in got] == [(15, "injured"), (21, "missing")]
    got = amounts(nlp, "हादसे में 4 लोग जिंदा जल गए।")
    assert [(a[1], a[3]) for a in got] == [(4, "death")]


def test_test_as_a_modifier_of_a_compound(nlp: Pipeline) -> None:
    got = amounts(nlp, "सरकार ने 37 जांच चौकियों में से 19 जांच चौकियों पर यातायात खोला")
    assert [(a[1], a[3]) for a in got] == [(37, "outpost"), (19, "outpost")]
    got = amounts(nlp, "कुल 500 जांच की गई और पांच लाख रैपिड जांच किट आईं")
    assert [(a[1], a[3]) for a in got] == [(500, "test"), (500000, "kit")]


def test_a_name_with_a_number_is_no_amount(nlp: Pipeline) -> None:
    """A word the lexicon does not know and bare digits seen together twice name a thing."""
    got = amounts(nlp, "नेक्सस 5 की स्क्रीन 4.95 इंच की है. नेक्सस 5 में 2 जीबी रैम है।")
    assert [(a[1], a[3]) for a in got] == [(4.95, "inch"), (2, "gb")]
    # once only: kept; a counted noun before it in the clause: kept
    assert [a[1] for a in amounts(nlp, "नेक्सस 5 की स्क्रीन बड़ी है।")] == [5]
    got = amounts(nlp, "मरीजों की संख्या बढ़कर 54 हो गई। मरने वालों की संख्या बढ़कर 54 हुई।")
    assert [a[1] for a in got] == [54, 54]


def test_discharged_after_treatment_and_nouns_past_a_modifier(nlp: Pipeline) -> None:
    got = amounts(nlp, "संख्या 724 हो गई है । जिसमें 66 को इलाज के बाद छुट्टी दे दी गई है ।")
    assert [(a[1], a[3]) for a in got] == [(724, None), (66, "recovered")]
    got = amounts(nlp, "1,492 लोगों के शुक्राणुओं की गुणवत्ता के 10 अलग-अलग शोधों का विश्लेषण")
    assert [(a[1], a[3]) for a in got] == [(1492, "people"), (10, "study")]
    got = amounts(nlp, "1,492 लोगों के शुक्राणुओं की गुणवत्ता के 10 अलग-अलग अनुक्रमों का विश्लेषण")
    assert [(a[1], a[3]) for a in got] == [(1492, "people"), (10, None)]
    got = amounts(nlp, "एक हाईवे पर सैकड़ों कारें फंसी रहीं")
    assert [(a[1], a[3]) for a in got] == [(100, "car")]


def test_a_total_row_names_the_column_above_it(nlp: Pipeline) -> None:
    text = (
        "राज्य में कोरोना की स्थिति\n मुंबई\t 51\n पुणे\t 18\n नागपुर\t 09\n कुल मामले\t 153\n मृतक संख्या\t 05\n"
    )
    got = amounts(nlp, text)
    assert [(a[1], a[3]) for a in got] == [
        (51, "case"),
        (18, "case"),
        (9, "case"),
        (153, "case"),
        (5, "death"),
    ]
    # a line of prose between ends the table
    got = amounts(nlp, "मुंबई\t 51\nआज बारिश हुई।\n कुल मामले\t 153\n")
    assert [(a[1], a[3]) for a in got] == [(51, None), (153, "case")]


def test_days_of_the_month_are_dates_not_amounts() -> None:
    from khabar.record import Meta

    nlp = Pipeline(["amounts", "dates"])
    a = nlp(
        "26 की सुबह जिले के 19 गांवों में ओले गिरे। 25 की देर सायं बरसात हुई।", Meta(published="2020-01-27")
    )
    assert [(x.text, x.unit) for x in a.amounts] == [("19 गांवों", "village")]
    assert [(d.text, d.value) for d in a.dates] == [("26", "2020-01-26"), ("25", "2020-01-25")]
    a = nlp("30 की सुबह बारिश हुई", Meta(published="2020-01-27"))
    assert [d.value for d in a.dates] == ["2019-12-30"]
    # a day glued to the full stop before it is still a date
    a = nlp("कर दिया गया.12 सितंबर, 2012 को पेशकश हुई", Meta(published="2020-01-27"))
    assert a.amounts == [] and [d.value for d in a.dates] == ["2012-09-12"]
    # a decimal is no day
    assert [x.value for x in nlp("दर 1.12 सितंबर तक").amounts] == [1.12]


def test_degree_signs_and_positive_reports(nlp: Pipeline) -> None:
    got = amounts(nlp, "टेम्परेचर पहुंचा 45°C पार, 31°C से अब रातें भी गर्म")
    assert [(a[1], a[3]) for a in got] == [(45, "degree"), (31, "degree")]
    got = amounts(nlp, "आगरा के छह लोगों के टेस्ट पॉजिटिव निकले हैं")
    assert [(a[1], a[3]) for a in got] == [(6, "case")]
    got = amounts(nlp, "10 लोगों की जांच रिपोर्ट निगेटिव आई")
    assert [(a[1], a[3]) for a in got] == [(10, "test")]


def test_titles_set_scores_and_listed_decades(nlp: Pipeline) -> None:
    assert amounts(nlp, "मैकक्वीन की फ़िल्म '12 ईयर्स ए स्लेव' को पुरस्कार मिला") == []
    assert amounts(nlp, "'दो और दो पांच', 'सत्ते पे सत्ता' और 'दीवार' के रीमेक") == []
    # a statement in double quotes keeps its amounts
    assert [a[1] for a in amounts(nlp, 'उन्होंने कहा, "हमें 50 लोग चाहिए"')] == [50]
    assert amounts(nlp, "नडाल ने जोकोविच को 3-6, 7-5, 6-2, 6-4 से हरा कर खिताब जीता") == []
    assert amounts(nlp, "मंटो ने 50, 60 या फिर 70 के दशक में लिखा") == []
    assert [(a[1], a[3]) for a in amounts(nlp, "ग्लास्गो की 23 वर्षीया अयाना")] == [(23, "year")]


def test_the_sick_counted_where_they_are_treated(nlp: Pipeline) -> None:
    got = amounts(nlp, "सर गंगाराम अस्पताल में दो मरीज मिले थे। पृथक वार्डों में 1769 मरीज हैं।")
    assert [(a[1], a[3]) for a in got] == [(2, "patient"), (1769, "patient")]
    got = amounts(nlp, "अस्पताल में 20 डॉक्टर तैनात हैं")
    assert [(a[1], a[3]) for a in got] == [(20, "doctor")]


def test_headline_order_and_the_virus_found_in_people(nlp: Pipeline) -> None:
    got = amounts(nlp, "पानीपत में नया केस, हरियाणा में 19 हुए कोरोना के मरीज")
    assert [(a[1], a[3]) for a in got] == [(19, "case")]
    assert [a[3] for a in amounts(nlp, "गुजरात में 11 हुई संक्रमितों की संख्या")] == ["case"]
    # only people or events so counted
    got = amounts(nlp, "संक्रमितों की संख्या 5229 हुई  महाराष्ट्र स्वास्थ्य विभाग के अनुसार")
    assert [a[3] for a in got] != ["department"]
    got = amounts(nlp, "अब तक प्रदेश में आठ लोगों में मिला कोरोना वायरस")
    assert [(a[1], a[3]) for a in got] == [(8, "case")]


def test_a_partitive_opening_the_clause(nlp: Pipeline) -> None:
    text = "अब तक 348 संक्रमित मरीज सामने आ चुके हैं । इसमें अकेले तबलीगी जमात के 193 लोग शामिल हैं ।"
    assert [a[3] for a in amounts(nlp, text)] == ["case", "case"]
    # "इसमें कहा गया कि …": a report, no part
    text = "कुल 12 मामलों की रिपोर्ट आई है । इसमें कहा गया कि कुल 168 व्यक्तियों ने अवधि पूरी की ।"
    assert [a[3] for a in amounts(nlp, text)] == ["case", "people"]


def test_population_suspects_and_negative_discharges(nlp: Pipeline) -> None:
    assert [a[3] for a in amounts(nlp, "वरली कोलीवाडा में 80 हजार की आबादी है")] == ["people"]
    assert [a[3] for a in amounts(nlp, "आगरा में 6 लोग संदिग्ध पाए गए हैं ।")] == ["suspect"]
    text = "कुल 19 मरीजों में कोरोना रिपोर्ट नेगेटिव आने के बाद हॉस्पिटल से छुट्टी दी गई"
    assert [a[3] for a in amounts(nlp, text)] == ["recovered"]
    text = "संक्रमण की चपेट में आने वाले व्यक्तियों की संख्या तीन हजार से ऊपर चली गई है"
    assert [a[3] for a in amounts(nlp, text)] == ["case"]


def test_others_count_what_was_counted_before(nlp: Pipeline) -> None:
    text = "1646 मरीजों की आयु 21 वर्ष से 50 वर्ष के बीच है जबकि 684 अन्य की आयु अधिक है."
    assert [a[3] for a in amounts(nlp, text)] == ["case", "year", "case"]
    got = amounts(nlp, "पुलिस ने तीन पुलिसकर्मियों और दो अन्य को गिरफ्तार किया")
    assert [a[3] for a in got] == ["policeman", "people"]
    got = amounts(nlp, "तीन मजदूरों की मौत हो गई। इस हादसे में दो अन्य की हालत गंभीर है।")
    assert [a[3] for a in got] == ["death", "people"]


def test_one_more_of_an_event_is_a_count(nlp: Pipeline) -> None:
    got = amounts(nlp, "मेडिकल कॉलेज का एक और स्वास्थ्यकर्मी संक्रमित पाया गया है")
    assert [(a[1], a[3]) for a in got] == [(1, "case")]
    got = amounts(nlp, "रांची में शुक्रवार को एक और कोरोना पॉजिटिव मरीज मिला है")
    assert [(a[1], a[3]) for a in got] == [(1, "case")]
    # "another chance" is no count
    assert amounts(nlp, "हमने उसे एक और मौका दिया") == []


def test_ages_in_brackets_after_people_and_breakdown_lists(nlp: Pipeline) -> None:
    got = amounts(nlp, "नालंदा से शनिवार को दो युवक (42 व 24) संक्रमित मिले")
    assert [(a[1], a[3]) for a in got][1:] == [(42, "year"), (24, "year")]
    got = amounts(nlp, "सरोई गांव निवासी राजेश शुक्ल अपनी पत्नी उर्मिला (35) के साथ गए")
    assert [(a[1], a[3]) for a in got] == [(35, "year")]
    # a train's number in brackets is no age
    assert [a[3] for a in amounts(nlp, "त्रिवेणी एक्सप्रेस के यात्री (14369) आ रहे थे")] != ["year"]
    text = (
        "ठंड से 93 लोगों की जान चली गई। इनमें पूर्वांचल में 27, सेंट्रल व बुंदेलखंड में 23, इलाहाबाद क्षेत्र में 15 लोग हैं।"
    )
    assert [a[3] for a in amounts(nlp, text)] == ["death"] * 4
    got = amounts(nlp, "बोको हराम की वजह से 20000 लोगों को अपनी जान गंवानी पड़ी है")
    assert [(a[1], a[3]) for a in got] == [(20000, "death")]


def test_patients_break_down_and_spots_and_samples(nlp: Pipeline) -> None:
    text = (
        "नौ संदिग्ध यात्रियों को अस्पतालों में भर्ती कराया गया है । इनमें से छह लखनऊ,"
        " एक आगरा, एक अमरोहा में भर्ती है ।"
    )
    assert [a[3] for a in amounts(nlp, text)] == ["patient"] * 4
    assert [a[3] for a in amounts(nlp, "देशभर में 170 हॉट स्पॉट में शुमार")] == ["hotspot"]
    assert [a[3] for a in amounts(nlp, "भारत ने अबतक 1,21,271 सैंपल्स की जांच की")] == ["test"]


def test_a_plural_counted_owns_the_genitive_after_it(nlp: Pipeline) -> None:
    assert [a[3] for a in amounts(nlp, "एक अंतरराष्ट्रीय दल ने 81 शोधों की जांच की.")] == ["study"]
    assert [a[3] for a in amounts(nlp, "एक अंतरराष्ट्रीय दल ने 81 अनुक्रमों की जांच की.")] == [None]
    assert [a[3] for a in amounts(nlp, "अब तक 580 कोरोना के मरीज मिले")] == ["case"]
    # a year glued to a full stop is a date
    assert amounts(nlp, "जीत दिलाई थी.2005 में दक्षिणपंथी धड़े ने") == []


def test_a_short_aside_between_the_noun_and_its_number(nlp: Pipeline) -> None:
    text = "मरने वालों की संख्या बृहस्पतिवार (2 अप्रैल) को 10,000 के पार पहुंच गई ।"
    assert [(a[1], a[3]) for a in amounts(nlp, text)] == [(10000, "death")]
    text = "गुरुग्राम के दस कोरोना वायरस रोगियों में से 9 लोग ठीक हो गए हैं"
    assert [a[3] for a in amounts(nlp, text)] == ["case", "recovered"]


def test_services_named_by_their_numbers(nlp: Pipeline) -> None:
    assert amounts(nlp, "बैरियर्स लगाए जाएंगे । 112 सर्विस या जो पुलिस पेट्रोल है") == []
    assert amounts(nlp, "स्थानीय शहरी निकायों, 108 एंबुलेंस कर्मी, अनुबंध कर्मी") == []
    assert [a[3] for a in amounts(nlp, "राज्य में 108 एंबुलेंस तैनात हैं")] == ["ambulance"]


def test_train_numbers_are_no_amounts(nlp: Pipeline) -> None:
    assert amounts(nlp, "गोरखपुर से चेन्नई जाने वाली 12511 राप्तीसागर एक्सप्रेस के स्लीपर") == []
    assert amounts(nlp, "पटना जा रही 12741 वास्को डि गामा एक्सप्रेस सुबह पहुंची") == []
    assert [a[1] for a in amounts(nlp, "कुल 12000 लोग एक्सप्रेस ट्रेन से आए")] == [12000]


def test_an_unknown_noun_shares_only_a_fate_of_the_list(nlp: Pipeline) -> None:
    text = "अग्निशामक दल 83 हेलीकॉप्टरों और दर्जनों जहाजों की मदद से लापता हुए लोगों की तलाश में"
    assert [a[3] for a in amounts(nlp, text)] == ["helicopter", "ship"]
    text = "अग्निशामक दल 83 अनुक्रमों और दर्जनों जहाजों की मदद से लापता हुए लोगों की तलाश में"
    assert [a[3] for a in amounts(nlp, text)] == [None, "ship"]


def test_counted_nouns_of_news_prose(nlp: Pipeline) -> None:
    """Lemmas reviewed from the words that follow numbers (mine_nouns.py) with their
    generated plural and oblique forms; people count as people-like units."""
    got = [(a[1], a[3]) for a in amounts(nlp, "गांव के 40 निवासियों ने 12 सवारियां उतारीं")]
    assert got == [(40, "resident"), (12, "passenger")]
    assert [a[3] for a in amounts(nlp, "जंगल में दो तेंदुए दिखे")] == ["leopard"]
    assert [a[3] for a in amounts(nlp, "तीन तेंदुओं को पकड़ा")] == ["leopard"]
    assert [a[3] for a in amounts(nlp, "पुलिस ने 25 वस्तुएं बरामद कीं")] == ["item"]
    assert [a[3] for a in amounts(nlp, "बाढ़ में 30 गायें बह गईं")] == ["cow"]
    assert [a[3] for a in amounts(nlp, "सेना के छह हेलीकॉप्टरों ने उड़ान भरी")] == ["helicopter"]
    # a nationality before a currency stays a modifier
    assert [a[3] for a in amounts(nlp, "इसकी कीमत 10 अमरीकी डॉलर है")] == ["dollar"]


def test_noun_forms_of_vowel_letter_and_short_u_endings() -> None:
    from khabar.amounts.lexicon import noun_forms

    assert {"तेंदुए", "तेंदुओं"} <= set(noun_forms("तेंदुआ", "m", []))
    assert {"वस्तुएं", "वस्तुओं"} <= set(noun_forms("वस्तु", "f", []))


def test_plural_only_nouns_keep_their_singular_out(nlp: Pipeline) -> None:
    # 'दो पहिया वाहन' is a two-wheeler; 'दमकल की गाड़ियों' counts the vehicles
    assert [a[3] for a in amounts(nlp, "सड़क पर दो पहिया वाहन खड़े थे")] == ["vehicle"]
    assert [a[3] for a in amounts(nlp, "मौके पर 8 दमकल की गाड़ियों ने आग बुझाई")] == ["vehicle"]
    assert [a[3] for a in amounts(nlp, "करीब दो दर्जन दमकलों ने आग बुझाई")] == ["fire engine"]


def test_oblique_plural_without_anusvara_and_loan_nouns(nlp: Pipeline) -> None:
    assert [a[3] for a in amounts(nlp, "शहर के 24 वार्डो में सर्वे हुआ")] == ["ward"]
    assert [a[3] for a in amounts(nlp, "मुठभेड़ में तीन सैनिको की मौत")] == ["death"]
    assert [a[3] for a in amounts(nlp, "पुलिस ने 15 ग्रेनेड बरामद किए")] == ["grenade"]
    assert [a[3] for a in amounts(nlp, "सेना के 24 मल्टीरोल चॉपर खरीदे जाएंगे")] == ["helicopter"]
    # a plural-only row: 'जम्मू संभाग' names a division
    assert [a[3] for a in amounts(nlp, "प्रदेश के दो संभागों में बारिश")] == ["division"]
