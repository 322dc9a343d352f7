"""Statement extraction: parametrized ``(text, expected statements)`` tables.

Every sentence here is invented for the tests (none is copied from an article). An expected
statement is ``(text, mode, mention)``: the statement's exact text, its mode, and the words
naming the speaker (``None`` when the attribution has none).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.config import ExtractConfig
from stance.extract import extract_statements, find_quotes
from stance.records import Article


def _run(text: str, **kw: object) -> list[tuple[str, str, str | None]]:
    art = Article(id="t", text=text, **kw)  # type: ignore[arg-type]
    out = extract_statements(art)
    for s in out:
        assert art.text[s.start : s.end] == s.text
        if s.mention is not None:
            assert art.text[s.mention.start : s.mention.end] == s.mention.text
    return [(s.text, s.mode, s.mention.text if s.mention else None) for s in out]


# --------------------------------------------------------------------------- direct
DIRECT = [
    pytest.param(
        '"We will not bow to pressure," the minister said.',
        [("We will not bow to pressure,", "direct", "the minister")],
        id="after-pronoun-np",
    ),
    pytest.param(
        "\u201cThe door to diplomacy remains open,\u201d said Foreign Minister Abbas Araghchi.",
        [("The door to diplomacy remains open,", "direct", "Foreign Minister Abbas Araghchi")],
        id="after-inverted-curly",
    ),
    pytest.param(
        'Rouhani told reporters in New York: "Sanctions have failed."',
        [("Sanctions have failed.", "direct", "Rouhani")],
        id="before-colon",
    ),
    pytest.param(
        'The general went on: "Our forces are ready for any scenario."',
        [("Our forces are ready for any scenario.", "direct", "The general")],
        id="went-on-colon",
    ),
    pytest.param(
        "The envoy had a blunt message for Tehran: \u201cTime is running out.\u201d",
        [("Time is running out.", "direct", "The envoy")],
        id="colon-after-noun-uses-sentence-subject",
    ),
    pytest.param(
        '"We are ready to talk," Zarif said. "But the other side must show good faith."',
        [('We are ready to talk," Zarif said. "But the other side must show good faith.', "direct", "Zarif")],
        id="split-quote-is-one-statement",
    ),
    pytest.param(
        '"Our patience has limits.\n\n"We will answer any attack," the commander said.',
        [('Our patience has limits.\n\n"We will answer any attack,', "direct", "the commander")],
        id="paragraph-spanning-quote",
    ),
    pytest.param(
        '"They call it \'maximum pressure,\' but it is economic war," Zarif said.',
        [("They call it 'maximum pressure,' but it is economic war,", "direct", "Zarif")],
        id="nested-quote-stays-inside",
    ),
    pytest.param(
        "\u201cWe have no quarrel with the Iranian people. Our quarrel is with the regime,\u201d the senator said.",
        [("We have no quarrel with the Iranian people. Our quarrel is with the regime,", "direct", "the senator")],
        id="multi-sentence-quote",
    ),
    pytest.param(
        'Asked about the talks, Mogherini said: "Progress is slow but real." "We have all the time we need," she added.',
        [("Progress is slow but real.", "direct", "Mogherini"), ("We have all the time we need,", "direct", "she")],
        id="two-quotes-two-statements",
    ),
    pytest.param(
        "Why the ayatollah says, 'Never.'\n\nBody of the story follows here.",
        [("Never.", "direct", "the ayatollah")],
        id="headline-single-quotes",
    ),
    pytest.param(
        'Pompeo rejected the offer, saying "the regime has not changed its behavior."',
        [("rejected the offer", "indirect", "Pompeo"), ("the regime has not changed its behavior.", "direct", "Pompeo")],
        id="stance-verb-then-saying-quote",
    ),
]

# --------------------------------------------------------------------------- indirect / mixed
INDIRECT = [
    pytest.param(
        "Several lawmakers in Tehran did not rule out a meeting with the American envoy.",
        [("did not rule out a meeting with the American envoy", "indirect", "Several lawmakers in Tehran")],
        id="negated-stance-verb-keeps-its-negation",
    ),
    pytest.param(
        "The senator has never rejected a deal with Iran outright.",
        [("never rejected a deal with Iran outright", "indirect", "The senator")],
        id="never-before-stance-verb",
    ),
    pytest.param(
        "Khamenei vowed that Iran would never negotiate under threats.",
        [("Iran would never negotiate under threats", "indirect", "Khamenei")],
        id="vowed-that",
    ),
    pytest.param(
        "The spokesman said the inspectors had been given full access.",
        [("the inspectors had been given full access", "indirect", "The spokesman")],
        id="said-without-that",
    ),
    pytest.param(
        "Zarif told the BBC on Sunday that Tehran was still committed to the accord.",
        [("Tehran was still committed to the accord", "indirect", "Zarif")],
        id="told-object-time-that",
    ),
    pytest.param(
        "Rouhani hailed the agreement as a victory for diplomacy.",
        [("hailed the agreement as a victory for diplomacy", "indirect", "Rouhani")],
        id="stance-verb-keeps-verb",
    ),
    pytest.param(
        "The senator called for new sanctions on Iranian oil exports.",
        [("called for new sanctions on Iranian oil exports", "indirect", "The senator")],
        id="called-for",
    ),
    pytest.param(
        "Tehran accused Washington of waging economic war on ordinary Iranians.",
        [("accused Washington of waging economic war on ordinary Iranians", "indirect", "Tehran")],
        id="accused",
    ),
    pytest.param(
        "According to the foreign ministry, the talks will resume in Oman next week.",
        [("the talks will resume in Oman next week", "indirect", "the foreign ministry")],
        id="according-to-before",
    ),
    pytest.param(
        "The talks will resume in Oman next week, according to a senior American diplomat.",
        [("The talks will resume in Oman next week", "indirect", "a senior American diplomat")],
        id="according-to-after",
    ),
    pytest.param(
        "Negotiators made real progress on the draft text, a European diplomat said.",
        [("Negotiators made real progress on the draft text", "indirect", "a European diplomat")],
        id="trailing-attribution",
    ),
    pytest.param(
        "Zarif told the BBC that the sanctions were \u201ca crime against humanity.\u201d",
        [("the sanctions were \u201ca crime against humanity.\u201d", "mixed", "Zarif")],
        id="mixed-told-that-quote",
    ),
    pytest.param(
        'The ministry said it "remains open to diplomacy" but would keep up pressure.',
        [('it "remains open to diplomacy" but would keep up pressure', "mixed", "The ministry")],
        id="but-without-cue-does-not-split",
    ),
    pytest.param(
        'Critics called it "the worst deal ever," but the inspectors disagreed.',
        [('called it "the worst deal ever,"', "mixed", "Critics")],
        id="comma-inside-quote-then-but",
    ),
    pytest.param(
        # a reported clause goes on through "but added that" (the seed article's gold: one statement that
        # "closes a door but leaves a condition open"); after a stance verb's object it does not (below)
        "He told the BBC that a new embassy was \u201cnot possible,\u201d but added that \u201cthat depends on both sides.\u201d",
        [
            ("a new embassy was \u201cnot possible,\u201d but added that \u201cthat depends on both sides.\u201d", "mixed", "He"),
        ],
        id="but-added-that-continues-a-reported-clause",
    ),
    pytest.param(
        "The president said Iran wanted to negotiate, even as Tehran insisted there had been no contacts.",
        [("Iran wanted to negotiate", "indirect", "The president"), ("there had been no contacts", "indirect", "Tehran")],
        id="even-as-second-speaker",
    ),
    pytest.param(
        "Iran's U.N. ambassador, Reza Kamali, rejected the claim.",
        [("rejected the claim", "indirect", "Reza Kamali")],
        id="title-appositive-then-name",
    ),
    pytest.param(
        "Tehran's envoy to the UN, Reza Kamali, rejected the claim.",
        [("rejected the claim", "indirect", "Reza Kamali")],
        id="title-with-to-phrase-then-name",
    ),
    pytest.param(
        "Araghchi confirmed that the meeting would take place but said no date had been set.",
        [("the meeting would take place", "indirect", "Araghchi"), ("no date had been set", "indirect", "Araghchi")],
        id="coordinated-verbs-two-statements",
    ),
    pytest.param(
        "The president thanked the mediators for their work, but added that the sanctions would stay.",
        [("thanked the mediators for their work", "indirect", "The president"), ("the sanctions would stay", "indirect", "The president")],
        id="but-added-that",
    ),
    pytest.param(
        "Gen. Karim Bakhtiari, who commands the navy, warned that the strait could be closed.",
        [("the strait could be closed", "indirect", "Gen. Karim Bakhtiari")],
        id="relative-clause-appositive",
    ),
    pytest.param(
        "Farid Sohrabi, a former envoy to the United Nations, said the offer was serious.",
        [("the offer was serious", "indirect", "Farid Sohrabi")],
        id="appositive-of-phrase",
    ),
    pytest.param(
        "Within hours, the Iranian president dismissed the demands, saying his nation would not yield.",
        [("dismissed the demands", "indirect", "the Iranian president"), ("his nation would not yield", "indirect", "the Iranian president")],
        id="participle-saying",
    ),
    pytest.param(
        "The foreign minister lambasted the new sanctions as illegal.",
        [("lambasted the new sanctions as illegal", "indirect", "The foreign minister")],
        id="lambasted",
    ),
    pytest.param(
        "Zarif called the agreement a win for diplomacy.",
        [("called the agreement a win for diplomacy", "indirect", "Zarif")],
        id="called-object-a-noun",
    ),
    pytest.param("Trump called the Iranian president on Friday.", [], id="called-is-a-phone-call"),
    pytest.param(
        "The spokesman told reporters: the talks will continue next week.",
        [("the talks will continue next week", "indirect", "The spokesman")],
        id="colon-without-quotation-marks",
    ),
    pytest.param(
        "\u201cThe door is not closed,\u201d according to a senior Iranian diplomat.",
        [("The door is not closed,", "direct", "a senior Iranian diplomat")],
        id="quote-then-according-to",
    ),
    pytest.param(
        "The envoy told Sky News he was hopeful about the next round.",
        [("he was hopeful about the next round", "indirect", "The envoy")],
        id="told-object-clause-without-that",
    ),
    pytest.param(
        "Iran, which denies seeking nuclear weapons, says its program is peaceful.",
        [("denies seeking nuclear weapons", "indirect", "Iran"), ("its program is peaceful", "indirect", "Iran")],
        id="subject-relative-clause-ends-at-comma",
    ),
    pytest.param("She told a Swiss weekly in an interview last month.", [], id="told-without-content"),
    pytest.param(
        "The cleric quickly brushed the overture aside.",
        [("brushed the overture aside", "indirect", "The cleric")],
        id="brushed-aside",
    ),
    pytest.param(
        "The army chief has come out in support of the framework, while voicing doubts about Washington.",
        [
            ("come out in support of the framework", "indirect", "The army chief"),
            ("voicing doubts about Washington", "indirect", "The army chief"),
        ],
        id="came-out-in-support-while-voicing",
    ),
    pytest.param(
        "The president pointed to the growing trade between the two countries.",
        [("pointed to the growing trade between the two countries", "indirect", "The president")],
        id="pointed-to",
    ),
    pytest.param(
        "The secretary made clear that sanctions would not be lifted soon.",
        [("sanctions would not be lifted soon", "indirect", "The secretary")],
        id="made-clear-that",
    ),
    pytest.param(
        '"Iran will never bow," the ambassador, Reza Kamali, told the council. "Our patience has limits."',
        [('Iran will never bow," the ambassador, Reza Kamali, told the council. "Our patience has limits.', "direct", "Reza Kamali")],
        id="after-attribution-with-appositive-then-split",
    ),
    pytest.param(
        '"Nobody is bullying Iran," she said, adding that Tehran\'s "destabilizing activities" had to stop.',
        [
            ("Nobody is bullying Iran,", "direct", "she"),
            ('Tehran\'s "destabilizing activities" had to stop', "mixed", "she"),
        ],
        id="adding-that-quote-is-not-a-split-quotation",
    ),
    pytest.param(
        '"We will keep up the pressure," the adviser told reporters in Rome, a news agency reported. "It is working."',
        [
            (
                'We will keep up the pressure," the adviser told reporters in Rome, a news agency reported. "It is working.',
                "direct",
                "the adviser",
            )
        ],
        id="split-quote-with-source-attribution",
    ),
    pytest.param(
        'Talks were possible, he said, "but not under threats."',
        [('Talks were possible, he said, "but not under threats."', "mixed", "he")],
        id="clause-attribution-quote-is-one-statement",
    ),
    pytest.param(
        "Officials played down the risk of a wider war.",
        [("played down the risk of a wider war", "indirect", "Officials")],
        id="played-down",
    ),
    pytest.param(
        "Tehran was quick to insist that the contacts would stay indirect.",
        [("the contacts would stay indirect", "indirect", "Tehran")],
        id="quick-to-stress",
    ),
    pytest.param(
        "Raisi vowed to defend the country's nuclear rights.",
        [("vowed to defend the country's nuclear rights", "indirect", "Raisi")],
        id="vowed-to-keeps-verb",
    ),
    pytest.param(
        "He also warned Washington against any \"miscalculation\" in the Gulf.",
        [("warned Washington against any \"miscalculation\" in the Gulf", "mixed", "He")],
        id="warned-against-keeps-verb",
    ),
    pytest.param(
        "The spokesman said Tuesday that the window for a deal was closing.",
        [("the window for a deal was closing", "indirect", "The spokesman")],
        id="said-weekday-that",
    ),
    pytest.param(
        '"The Americans," he said, "must decide what they want."',
        [('The Americans," he said, "must decide what they want.', "direct", "he")],
        id="quote-split-mid-sentence",
    ),
    pytest.param(
        '"Shall we negotiate with people who tear up their signatures?" Raisi asked.',
        [("Shall we negotiate with people who tear up their signatures?", "direct", "Raisi")],
        id="question-asked",
    ),
    pytest.param(
        "The official declined to say whether new sanctions were coming.",
        [],
        id="declined-to-say-whether",
    ),
    pytest.param(
        "Other Iranian officials do not dismiss the possibility of talks.",
        [("do not dismiss the possibility of talks", "indirect", "Other Iranian officials")],
        id="negated-stance-verb-group-speaker",
    ),
]

# --------------------------------------------------------------------------- headlines
HEADLINES = [
    pytest.param(
        "Pence: Europe should quit the nuclear pact\n\nWARSAW \u2014 The vice president spoke on Thursday.",
        [("Europe should quit the nuclear pact", "indirect", "Pence")],
        id="headline-colon",
    ),
    pytest.param(
        "Bolton: sanctions will bring Iran to \u2018the table\u2019\n\nJERUSALEM \u2014 The adviser arrived on Monday.",
        [("sanctions will bring Iran to \u2018the table\u2019", "mixed", "Bolton")],
        id="headline-colon-mixed",
    ),
    pytest.param(
        "Khamenei rejects talks with Washington\n\nTEHRAN \u2014 The supreme leader spoke to students.",
        [("rejects talks with Washington", "indirect", "Khamenei")],
        id="headline-stance-verb",
    ),
    pytest.param(
        "Opinion: Why diplomacy with Iran still matters\n\nI have studied Iran for years.",
        [],
        id="headline-section-label-is-not-a-speaker",
    ),
    pytest.param(
        "IRGC backs the framework deal\n\nTEHRAN \u2014 The Guards issued a statement.",
        [("backs the framework deal", "indirect", "IRGC")],
        id="headline-only-verb",
    ),
]

# --------------------------------------------------------------------------- traps
TRAPS = [
    pytest.param("The deal was signed in Vienna after twenty months of talks.", [], id="narration"),
    pytest.param("Oil prices rose sharply on Monday as tensions grew in the Gulf.", [], id="narration-2"),
    pytest.param(
        'Inspectors found a 12" pipe at the site. "It is not a weapon," Amano said.',
        [("It is not a weapon,", "direct", "Amano")],
        id="inch-sign",
    ),
    pytest.param(
        "The guard was 6'2\" tall. \"Nobody passed,\" he said.",
        [("Nobody passed,", "direct", "he")],
        id="feet-and-inches",
    ),
    pytest.param(
        "The leaders' statement said little. 'We are patient,' Zarif said. Iran's reply came later.",
        [("We are patient,", "direct", "Zarif")],
        id="apostrophes-and-single-quotes",
    ),
    pytest.param(
        'Khamenei said: "We will never surrender.\n\nThe crowd chanted slogans after the sermon.',
        [("We will never surrender.", "direct", "Khamenei")],
        id="unbalanced-quote-ends-at-paragraph",
    ),
    pytest.param('The film "Argo" angered officials in Tehran.', [], id="quoted-film-title"),
    pytest.param(
        'The strike, code-named "Operation Desert Lantern," ended before dawn.',
        [],
        id="quoted-operation-name",
    ),
    pytest.param(
        'The reporter wrote a book called "Shadows over Tehran" last year.',
        [],
        id="wrote-a-book-title",
    ),
    pytest.param(
        "Analysts see the talks as a \u201cred line\u201d for both capitals.",
        [],
        id="scare-quotes",
    ),
    pytest.param(
        "Washington has long been wary of what it calls the \u201caxis of resistance.\u201d",
        [],
        id="so-called-phrase",
    ),
    pytest.param(
        "Their views were mostly expressed by hardliners in parliament.",
        [],
        id="passive-by",
    ),
    pytest.param("Tensions threatened to derail the talks.", [], id="abstract-noun-subject"),
    pytest.param(
        "The decision, which critics have described as reckless, is expected to be challenged in court.",
        [("described as reckless", "indirect", "critics")],
        id="object-relative-clause-ends-at-comma",
    ),
    pytest.param(
        "Nobody knew how Tehran would respond, and the markets waited.",
        [],
        id="hypothetical-would-respond",
    ),
    pytest.param(
        "The president did not say when the envoys would meet.",
        [],
        id="wh-clause-is-not-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT + INDIRECT + HEADLINES + TRAPS)
def test_extract_table(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _run(text) == expected


def test_letter_signed_by_senators() -> None:
    text = "The letter, signed by 30 senators, warned that any deal could be undone."
    assert _run(text) == [("any deal could be undone", "indirect", "30 senators")]


def test_quoted_as_saying_names_the_one_quoted() -> None:
    # "AGENCY quoted X as saying": X speaks; the agency only relays
    text = (
        "The agency quoted Brig. Gen. Dariush Nasseri as saying that the border units were on alert.\n\n"
        "Another outlet quoted a retired diplomat, Parviz Kamali, as saying the offer deserved a reply.\n\n"
        "A third quoted a senior official as saying: \"Nothing has been decided.\""
    )
    assert _run(text) == [
        ("the border units were on alert", "indirect", "Brig. Gen. Dariush Nasseri"),
        ("the offer deserved a reply", "indirect", "Parviz Kamali"),
        ("Nothing has been decided.", "direct", "a senior official"),
    ]


def test_lower_case_subject_noun_phrase() -> None:
    # the whole subject, not just its last capitalised words (or nothing at all)
    assert _run("The U.S. envoy to the talks said progress was slow.") == [
        ("progress was slow", "indirect", "The U.S. envoy to the talks")
    ]
    assert _run("An aide to President Hassan Rouhani said the talks were useful.") == [
        ("the talks were useful", "indirect", "An aide to President Hassan Rouhani")
    ]
    # heads of state and international titles are role nouns too
    assert _run("The Qatari emir said the talks were useful.") == [("the talks were useful", "indirect", "The Qatari emir")]
    # "king" ends in -ing but is a noun, not a verb phrase
    assert _run("Saudi Arabia's king said the talks were useful.") == [("the talks were useful", "indirect", "Saudi Arabia's king")]
    assert _run("The UN secretary-general said the talks were useful.") == [
        ("the talks were useful", "indirect", "The UN secretary-general")
    ]
    # "X joined Y in thanking ...": both speak, so the mention runs through the one joined
    # (tests/test_speakers.py::test_joint_speakers resolves it to both)
    out = _run("Secretary of State Antony Blinken joined the president in thanking Oman for its help.")
    assert out == [("thanking Oman for its help", "indirect", "Secretary of State Antony Blinken joined the president")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("People familiar with the matter said the sides had discussed a phased deal.", "People familiar with the matter"),
        ("A source close to the negotiating team said the sides had discussed a phased deal.", "A source close to the negotiating team"),
        ("A senior official briefed on the talks said the sides had discussed a phased deal.", "A senior official briefed on the talks"),
        ("Officials involved in the negotiations said the sides had discussed a phased deal.", "Officials involved in the negotiations"),
        ("According to two diplomats familiar with the talks, the sides had discussed a phased deal.", "two diplomats familiar with the talks"),
        ("The sides had discussed a phased deal, according to people familiar with the matter.", "people familiar with the matter"),
    ],
)
def test_unnamed_source_with_how_it_knows(text: str, mention: str) -> None:
    # "familiar with", "close to", "briefed on": the whole description speaks (it gave no statement, or "team")
    out = _run(text)
    assert [m for _, _, m in out] == [mention]
    assert out[0][0].lower() == "the sides had discussed a phased deal"


def test_abbreviations_and_noun_cues_after_called_the() -> None:
    # "claims" after "called the U.S." is a noun, not "the U.S. claims '...'"
    assert _run('Araghchi called the U.S. claims "baseless."') == [('called the U.S. claims "baseless."', "mixed", "Araghchi")]
    assert _run("Araghchi called the U.S. proposal a trap.") == [("called the U.S. proposal a trap", "indirect", "Araghchi")]
    # a real "claims" at the start of a clause still attributes (headline-only words stay as they were)
    assert _run('Tehran claims "no deal is possible."') == [("no deal is possible.", "direct", "Tehran")]


def test_told_object_then_clause_without_that() -> None:
    assert _run("Leavitt told Fox News the president's offer still stands.") == [
        ("the president's offer still stands", "indirect", "Leavitt")
    ]
    assert _run("Trump told the story of the deal at length.") == []


def test_journalists_label_of_the_statement_is_not_part_of_it() -> None:
    # ", a claim officials denied": the content ends before the label, and the label is no speaker
    assert _run("Trump said Iran wanted to negotiate, a claim Iranian officials quickly denied.") == [
        ("Iran wanted to negotiate", "indirect", "Trump")
    ]
    assert _run("Araghchi said the talks would resume, a prediction that proved wrong.") == [
        ("the talks would resume", "indirect", "Araghchi")
    ]


def test_time_adjunct_ends_the_content_and_its_own_statement_is_found() -> None:
    text = "The leader ruled out direct talks, hours after President Trump said he had sent a letter."
    assert _run(text) == [
        ("ruled out direct talks", "indirect", "The leader"),
        ("he had sent a letter", "indirect", "President Trump"),
    ]


def test_but_that_continues_the_same_reported_clause() -> None:
    assert _run("Araghchi said the talks were useful, but that more work was needed.") == [
        ("the talks were useful, but that more work was needed", "indirect", "Araghchi")
    ]
    # "but" with a new subject still ends it
    assert _run("Araghchi said the talks were useful, but Rubio disagreed.")[0][0] == "the talks were useful"


def test_quoted_programme_title_between_told_and_that() -> None:
    assert _run('Waltz told CBS\'s "Face the Nation" that all options remained on the table.') == [
        ("all options remained on the table", "indirect", "Waltz")
    ]
    # the title right after "told" is the object too, not a quotation of its own
    assert _run('Waltz told "Meet the Press" that all options remained on the table.') == [
        ("all options remained on the table", "indirect", "Waltz")
    ]
    assert _run('Vance told "Fox and Friends" on Monday that a deal was close.') == [
        ("a deal was close", "indirect", "Vance")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Vance told reporters "We are not looking for a war with anyone."',
        'Vance told reporters, "We are not looking for a war with anyone."',
        'Vance told reporters at the airport "We are not looking for a war with anyone."',
        'Vance told state television "We are not looking for a war with anyone."',
        'Vance said on Sunday, "We are not looking for a war with anyone."',
        'Vance said in a radio interview "We are not looking for a war with anyone."',
    ],
)
def test_quotation_after_told_object_or_said_phrase(text: str) -> None:
    assert _run(text) == [("We are not looking for a war with anyone.", "direct", "Vance")]


def test_quotation_inside_a_reported_clause_stays_mixed() -> None:
    # words with a verb of their own between "told reporters" and the quotation: one mixed statement
    assert _run('Vance told reporters the offer was "a serious one."') == [
        ('the offer was "a serious one."', "mixed", "Vance")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran is ready to talk, said Abbas Araghchi, the foreign minister.", [("Iran is ready to talk", "indirect", "Abbas Araghchi")]),
        ("DUBAI (Reuters) - Iran is ready to talk if the US drops its \"bullying,\" said Abbas Araghchi.",
         [('Iran is ready to talk if the US drops its "bullying,"', "mixed", "Abbas Araghchi")]),
        ("The talks will resume next week, said the foreign ministry on Tuesday.",
         [("The talks will resume next week", "indirect", "the foreign ministry")]),
        ('"We are ready," said Araghchi.', [("We are ready,", "direct", "Araghchi")]),
    ],
)
def test_inverted_attribution_after_the_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "CLAUSE, said NAME": the clause is the statement and the name after the verb speaks
    # (it gave no statement, or one whose speaker was a noun inside the clause)
    assert _run(text) == expected


def test_as_another_speaker_clause_ends_the_content() -> None:
    text = "Iran rules out talks as Britain urges restraint\n\nThe story goes on without any attribution here."
    assert _run(text) == [("rules out talks", "indirect", "Iran"), ("urges restraint", "indirect", "Britain")]
    # "as" with no speaker after it stays in the content (but the narrator's "as talks resumed" does not:
    # test_the_narrators_as_of_time_ends_a_reported_clause)
    assert _run("Araghchi said Iran was ready as it had always been.") == [
        ("Iran was ready as it had always been", "indirect", "Araghchi")
    ]


def test_would_say_only_that_reports() -> None:
    # "would" marks a hypothetical ("how Iran would respond"), but "would say only that" reports
    assert _run("Rubio would say only that talks were continuing.") == [("talks were continuing", "indirect", "Rubio")]
    assert _run("Rubio would not say whether talks were continuing.") == []


def test_bare_weekday_after_the_verb() -> None:
    # AP style: "said Sunday the talks ...", "told reporters Sunday the talks ..."
    assert _run("Araghchi said Sunday the talks were useful.") == [("the talks were useful", "indirect", "Araghchi")]
    assert _run("Araghchi told reporters Sunday the talks were useful.") == [("the talks were useful", "indirect", "Araghchi")]
    assert _run("Araghchi said Sunday in Muscat.") == []


def test_headline_clause_then_plural_say() -> None:
    # "CLAUSE, officials say" (present tense, plural), after a section label
    text = "EXCLUSIVE: Iran ready to talk, officials say\n\nThe rest of the story has no attribution at all."
    assert _run(text) == [("Iran ready to talk", "indirect", "officials")]


def test_wire_dateline_with_agency_is_not_content() -> None:
    assert _run("TEHRAN, Iran (AP) \u2014 Talks will resume on Monday, a spokesman said.") == [
        ("Talks will resume on Monday", "indirect", "a spokesman")
    ]


def test_one_of_them_and_one_official_are_subjects() -> None:
    assert _run('"Nobody should expect miracles," one of them said.') == [("Nobody should expect miracles,", "direct", "one of them")]
    assert _run('"Nobody should expect miracles," one diplomat said.') == [("Nobody should expect miracles,", "direct", "one diplomat")]


def test_passive_quoted_as_saying_after_a_quotation() -> None:
    # '"...," X was quoted as saying' (it gave no speaker)
    assert _run('"We are ready," Araghchi was quoted as saying by IRNA.') == [("We are ready,", "direct", "Araghchi")]
    assert _run('"We are ready," Araghchi was quoted by IRNA as saying.') == [("We are ready,", "direct", "Araghchi")]


def test_quoted_him_as_saying_is_a_pronoun() -> None:
    text = "Masoud Pezeshkian spoke in Tabriz on Sunday. State radio quoted him as saying that the region needed calm."
    assert _run(text)[-1] == ("the region needed calm", "indirect", "him")


def test_letter_signatories_in_relative_clause() -> None:
    # a document speaks through the signatories its relative clause names, not through its addressees
    text = "The appeal to Tehran's leaders, which bore the names of 30 senators, warned that any deal could be undone."
    assert _run(text) == [("any deal could be undone", "indirect", "30 senators")]


def test_sending_a_message_is_a_statement() -> None:
    # "sent Iranians a greeting" says something; sending a carrier does not
    text = "The president sent Iranians a greeting for the new year."
    assert _run(text) == [("sent Iranians a greeting for the new year", "indirect", "The president")]
    assert _run("The Pentagon sent a second carrier to the region.") == []


def test_continuation_paragraph_has_no_mention() -> None:
    text = '"We did not start this," the minister said.\n\n"We will not be the ones to end it either."'
    out = extract_statements(Article(id="t", text=text))
    assert [s.text for s in out] == ["We did not start this,", "We will not be the ones to end it either."]
    assert out[1].mention is None and out[1].cue is None


def test_skip_ranges_are_ignored() -> None:
    text = '"Subscribe now," the newsletter said.\n\n"We want peace," Rouhani said.'
    skip_end = text.index("\n")
    assert _run(text, skip=((0, skip_end),)) == [("We want peace,", "direct", "Rouhani")]


def test_cue_is_reported() -> None:
    out = extract_statements(Article(id="t", text="Khamenei vowed that Iran would not yield."))
    assert out[0].cue == "vowed"


def test_config_switches() -> None:
    text = 'Zarif said the talks had ended. "We tried," he added.\n'
    art = Article(id="t", text=text)
    assert [s.mode for s in extract_statements(art, ExtractConfig(direct=False))] == ["indirect"]
    assert [s.mode for s in extract_statements(art, ExtractConfig(indirect=False))] == ["direct"]
    assert extract_statements(art, ExtractConfig(min_words=10)) == [s for s in extract_statements(art) if len(s.text.split()) >= 10]


def test_headlines_switch() -> None:
    text = "Khamenei rejects talks with Washington\n\nTEHRAN \u2014 Zarif said the talks were over."
    art = Article(id="t", text=text)
    assert [s.text for s in extract_statements(art)] == ["rejects talks with Washington", "the talks were over"]
    assert [s.text for s in extract_statements(art, ExtractConfig(headlines=False))] == ["the talks were over"]


def test_sorted_and_offsets_into_original_text() -> None:
    text = "  \n\u201cNo,\u201d he said.\r\nZarif said the\u00a0deal was done.\n"
    out = extract_statements(Article(id="t", text=text))
    assert [s.start for s in out] == sorted(s.start for s in out)
    for s in out:
        assert text[s.start : s.end] == s.text


def test_hard_wrapped_paragraphs() -> None:
    text = (
        "Iran hints at talks\n\n"
        "TEHRAN -- The foreign minister said on Sunday that Iran would consider\n"
        "direct talks if Washington lifted the oil sanctions first, and he\n"
        "repeated the offer later.\n\n"
        '"We are not afraid of negotiations, and we have never been afraid of\n'
        'them," the minister told a news conference in the capital on Sunday.\n'
    )
    out = _run(text)
    # the headline "Iran hints at talks" is a statement of its own (CODEBOOK 1)
    assert out[0] == ("hints at talks", "indirect", "Iran")
    out = out[1:]
    assert [m for _, m, _ in out] == ["indirect", "direct"]
    assert out[0][0].startswith("Iran would consider\ndirect talks")
    assert out[1][0] == "We are not afraid of negotiations, and we have never been afraid of\nthem,"
    assert out[1][2] == "the minister"


def test_empty_text() -> None:
    assert extract_statements(Article(id="t", text="   \n")) == []


def test_find_quotes_marks() -> None:
    text = "He said \u201cyes\" and then 'no' but Iran\u2019s reply, 5'10\" tall, was \u201copen"
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == ["\u201cyes\"", "'no'", "\u201copen"]
    assert [q.closed for q in qs] == [True, True, False]


def test_plural_possessive_inside_single_quotes() -> None:
    # "Americans'" is an apostrophe when a later single mark closes the quotation
    text = "'The Americans' promises are worthless,' Khamenei said. He called the sides' positions 'close'."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["'The Americans' promises are worthless,'", "'close'"]


# --------------------------------------------------------------------------- properties
_PIECES = st.sampled_from(
    ["said", "told", "that", "he", "Khamenei", "Mr.", "U.S.", "according to", "hailed", ",", ".", ":", "\n", "\n\n",
     '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "5'10\"", "the", "Iran", "talks", "\u2014", "-", "called for", " "]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=80).map(" ".join)))
def test_never_crashes_and_spans_inside(text: str) -> None:
    if not text:
        return
    art = Article(id="p", text=text, skip=((0, min(3, len(text))),) if len(text) > 5 else ())
    out = extract_statements(art)
    prev = -1
    for s in out:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= prev
        prev = s.start
        assert s.mode in ("direct", "indirect", "mixed")
        if s.mention is not None:
            assert 0 <= s.mention.start < s.mention.end <= len(text)
            assert text[s.mention.start : s.mention.end] == s.mention.text


def test_attribution_inside_a_sentence_before_but() -> None:
    # "CLAUSE, NAME added, but ...": the clause before the attribution is the statement
    text = "Abbas Araghchi met the Omani minister on Sunday. The talks were constructive, Araghchi added, but more work was needed."
    assert _run(text) == [("The talks were constructive", "indirect", "Araghchi")]
    # a plain adjunct after the verb still ends the attribution
    assert _run("The talks were constructive, Araghchi said on Sunday.") == [("The talks were constructive", "indirect", "Araghchi")]


def test_programme_named_after_a_split_quotation_is_not_its_second_half() -> None:
    text = '"We do not want a long conflict," Vance told NBC\'s "Meet the Press." He said talks could resume.'
    assert _run(text) == [
        ("We do not want a long conflict,", "direct", "Vance"),
        ("talks could resume", "indirect", "He"),
    ]
    # a real second half still joins the first
    assert _run('"We do not want a long conflict," Vance said. "We want the talks to resume."') == [
        ('We do not want a long conflict," Vance said. "We want the talks to resume.', "direct", "Vance")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Khamenei called Israel "a threat to the whole region."', [('called Israel "a threat to the whole region."', "mixed", "Khamenei")]),
        ('Vance called Iran a "rogue state" and said talks were still possible.',
         [('called Iran a "rogue state"', "mixed", "Vance"), ("talks were still possible", "indirect", "Vance")]),
        ("Vance called Pezeshkian a reasonable man.", [("called Pezeshkian a reasonable man", "indirect", "Vance")]),
        # a phone call is not a statement
        ("Vance called Netanyahu on Friday to discuss Iran.", []),
    ],
)
def test_calling_a_named_object_something(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pezeshkian dismissed the deadline, telling a rally in Tabriz that Iran would not retreat.",
         [("dismissed the deadline", "indirect", "Pezeshkian"), ("Iran would not retreat", "indirect", "Pezeshkian")]),
        ("Vance said the offer remained open, warning that patience was running out.",
         [("the offer remained open", "indirect", "Vance"), ("patience was running out", "indirect", "Vance")]),
    ],
)
def test_a_participle_report_verb_after_a_comma_starts_a_new_statement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Baghaei reacted to the remarks, describing them as "confused."', [('describing them as "confused."', "mixed", "Baghaei")]),
        ('Baghaei reacted to the remarks, calling them "confused."', [('calling them "confused."', "mixed", "Baghaei")]),
        ('Vance branded the proposal "a non-starter."', [('branded the proposal "a non-starter."', "mixed", "Vance")]),
        # a document describing something says nothing
        ("A report describing the strike was published on Monday.", []),
    ],
)
def test_describing_and_calling_participles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize("verb", ["highlighted", "continued", "clarified", "concluded", "mentioned", "opined"])
def test_more_reporting_verbs_after_a_quotation(verb: str) -> None:
    assert _run(f'"The door to diplomacy remains open," Araghchi {verb}.') == [
        ("The door to diplomacy remains open,", "direct", "Araghchi")
    ]


def test_rarer_reporting_verbs_need_that_for_reported_speech() -> None:
    assert _run("Araghchi continued the talks in Muscat.") == []
    assert _run("Araghchi concluded that talks were the only way.") == [("talks were the only way", "indirect", "Araghchi")]


def test_that_as_the_subject_of_the_reported_clause() -> None:
    assert _run("Grossi said that was worrying.") == [("that was worrying", "indirect", "Grossi")]
    assert _run("Grossi warned that could lead to a crisis.") == [("that could lead to a crisis", "indirect", "Grossi")]
    # the conjunction is still dropped
    assert _run("Grossi said that Iran was enriching faster.") == [("Iran was enriching faster", "indirect", "Grossi")]


def test_an_inverted_condition_after_that_is_not_its_subject() -> None:
    assert _run("Grossi warned that should Tehran expel the inspectors, the board would meet.") == [
        ("should Tehran expel the inspectors, the board would meet", "indirect", "Grossi")
    ]


def test_headline_with_a_second_reporting_verb_and_a_warning_over_something() -> None:
    body = "\n\nThe story follows with more details."
    assert _run("Iran rejects US talks offer, says pressure won't work" + body) == [
        ("rejects US talks offer", "indirect", "Iran"),
        ("pressure won't work", "indirect", "Iran"),
    ]
    assert _run("US warns Iran over missile tests" + body) == [("warns Iran over missile tests", "indirect", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Monday it would not bargain under threats.",
        "Iran said late on Monday it would not bargain under threats.",
        "Iran said in a statement it would not bargain under threats.",
        "Iran said on Monday, it would not bargain under threats.",
        "Iran said earlier this week it would not bargain under threats.",
    ],
)
def test_time_or_statement_then_a_clause_without_that(text: str) -> None:
    assert _run(text) == [("it would not bargain under threats", "indirect", "Iran")]
    # the adverbial alone says nothing
    assert _run("The talks ended in Muscat. Iran said on Monday.") == []


def test_a_photo_caption_label_is_no_speaker() -> None:
    text = (
        "FILE PHOTO: Iran's foreign minister speaks at a news conference in Tehran. REUTERS/Staff/File Photo\n\n"
        "DUBAI (Reuters) - Iran said on Monday it would not bargain under threats."
    )
    assert _run(text) == [("it would not bargain under threats", "indirect", "Iran")]


@pytest.mark.parametrize(
    "text",
    [
        "Vance said at a news conference the talks had made progress.",
        "Vance said during a visit to Oman the talks had made progress.",
        "Vance said in an interview with CNN the talks had made progress.",
        "Vance said on condition of anonymity the talks had made progress.",
        "Vance told reporters in Doha the talks had made progress.",
        "Vance told state TV on Monday the talks had made progress.",
        "Vance told reporters earlier the talks had made progress.",
        "Vance warned during a visit to Oman the talks had made progress.",
    ],
)
def test_adverbial_phrase_then_a_clause_without_that(text: str) -> None:
    assert _run(text) == [("the talks had made progress", "indirect", "Vance")]


def test_adverbial_phrase_that_cannot_be_parsed_gives_nothing() -> None:
    # a verb inside the phrase: where the clause starts is unclear, so no statement rather than a wrong one
    assert _run("Vance said in Paris after meeting Macron the deal was dead.") == []
    assert _run("Vance said at a rally in Ohio.") == []


def test_reflexive_after_the_subject() -> None:
    assert _run("Araghchi himself said that the talks had made progress.") == [
        ("the talks had made progress", "indirect", "Araghchi")
    ]


def test_clause_before_an_attribution_followed_by_a_participle_clause() -> None:
    text = 'Tehran will "never" give up enrichment, Araghchi said, calling Washington\'s demands "unserious."'
    assert _run(text) == [
        ('Tehran will "never" give up enrichment', "mixed", "Araghchi"),
        ('calling Washington\'s demands "unserious."', "mixed", "Araghchi"),
    ]


def test_adverbs_of_habit_between_auxiliary_and_verb() -> None:
    assert _run("Tehran has long denied seeking nuclear weapons.") == [("denied seeking nuclear weapons", "indirect", "Tehran")]
    assert _run("Tehran has consistently said its programme is peaceful.") == [("its programme is peaceful", "indirect", "Tehran")]


def test_but_with_a_modal_goes_on_with_the_same_reported_clause() -> None:
    assert _run("Pezeshkian said Iran did not want war, but would defend itself.") == [
        ("Iran did not want war, but would defend itself", "indirect", "Pezeshkian")
    ]
    assert _run("Araghchi said talks were possible, but not under pressure.") == [
        ("talks were possible, but not under pressure", "indirect", "Araghchi")
    ]
    # narration after "but" still ends it
    assert _run("Araghchi said talks were possible, but was rebuffed.")[0][0] == "talks were possible"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition after the attribution goes on with the reported clause (it decides the stance)
        ("The accord can still be rescued, Araghchi said, but only if Washington drops its new demands.",
         [("The accord can still be rescued, Araghchi said, but only if Washington drops its new demands", "indirect", "Araghchi")]),
        ("Tehran is open to a meeting, the minister said on Sunday, provided the blockade ends.",
         [("Tehran is open to a meeting, the minister said on Sunday, provided the blockade ends", "indirect", "the minister")]),
        ("Tehran is open to a meeting, the minister said, but would not accept threats.",
         [("Tehran is open to a meeting, the minister said, but would not accept threats", "indirect", "the minister")]),
        # a clause with a subject of its own after "but" is the reporter's
        ("Tehran is open to a meeting, the minister said, but Washington has not replied.",
         [("Tehran is open to a meeting", "indirect", "the minister")]),
    ],
)
def test_condition_after_a_mid_sentence_attribution_is_part_of_the_statement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added" with a thing as its object is no speech
        ("The Treasury added four shipping firms to its blacklist.", []),
        ("Washington adds new sanctions on Tehran almost every month.", []),
        # ... but a clause after "added" without "that" still is
        ("He added more time was needed for the technical talks.",
         [("more time was needed for the technical talks", "indirect", "He")]),
        # "said so" repeats words reported before: no content of its own
        ("The ministry said so on Monday.", []),
        ("He said so many times.", []),
        ("He said so far the envoys had met twice.", [("so far the envoys had met twice", "indirect", "He")]),
    ],
)
def test_verbs_without_reported_content_give_no_statement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told reporters" + a clause without "that" whose verb is in the past tense
        ("Leavitt told reporters the president preferred a negotiated outcome.",
         [("the president preferred a negotiated outcome", "indirect", "Leavitt")]),
        ("Leavitt told Fox News Tehran wanted more time.", [("Tehran wanted more time", "indirect", "Leavitt")]),
        ("Leavitt told reporters Iranian negotiators wanted more time.",
         [("Iranian negotiators wanted more time", "indirect", "Leavitt")]),
        # ... or in the present tense, quoted or not (both were lost)
        ("Leavitt told reporters the president prefers diplomacy.",
         [("the president prefers diplomacy", "indirect", "Leavitt")]),
        ('Leavitt told reporters the president "prefers diplomacy" but "has all options on the table."',
         [('the president "prefers diplomacy" but "has all options on the table."', "mixed", "Leavitt")]),
        # an object and nothing reported
        ("Rubio told Iranian officials nothing new.", []),
        ("Rubio told the committee the sanctions programs of the last decade.", []),
    ],
)
def test_told_object_then_a_past_tense_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_member_named_after_including_is_not_the_subject() -> None:
    text = "Iranian officials, including Araghchi, have said the programme is peaceful."
    assert _run(text) == [("the programme is peaceful", "indirect", "Iranian officials")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement reported by an outlet: the statement's own speaker, without the outlet's attribution
        ("Araghchi said the envoys had made headway, Tasnim reported.", [("the envoys had made headway", "indirect", "Araghchi")]),
        ("Tehran has vowed to hit back at any attacker, the official IRNA news agency reported.",
         [("vowed to hit back at any attacker", "indirect", "Tehran")]),
        # a clause with no speaker of its own is the outlet's
        ("The envoys had made headway, Tasnim reported.", [("The envoys had made headway", "indirect", "Tasnim")]),
        # "quoted an informed source as saying": the source, with its adjectives
        ("Tasnim quoted an informed source as saying that the round had been put off.",
         [("the round had been put off", "indirect", "an informed source")]),
    ],
)
def test_statements_an_outlet_reports(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_as_clause_after_a_mid_sentence_attribution() -> None:
    # Reuters' lead: "CLAUSE, X said on Tuesday, as Y insisted ...": both statements, each with its speaker
    text = ("Iran will not return to the table while the strikes go on, Araghchi said on Tuesday, "
            "as Washington insisted its proposal was still valid.")
    assert _run(text) == [
        ("Iran will not return to the table while the strikes go on", "indirect", "Araghchi"),
        ("its proposal was still valid", "indirect", "Washington"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma inside the closing mark still ends the statement before "hours after" / "according to"
        ('Zarif accused Washington of being "hooked on sanctions," hours after Pompeo promised to keep up the pressure.',
         [('accused Washington of being "hooked on sanctions,"', "mixed", "Zarif"),
          ("promised to keep up the pressure", "indirect", "Pompeo")]),
        ('Rouhani said Iran was "open to dialogue if respected," according to his website.',
         [('Iran was "open to dialogue if respected,"', "mixed", "Rouhani")]),
    ],
)
def test_adjuncts_after_a_comma_inside_the_closing_mark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_headline_with_a_colon_then_a_second_statement_after_a_semicolon() -> None:
    text = "Zarif: US hooked on sanctions; Pompeo vows more pressure\n\nTEHRAN (AP) \u2014 The two traded barbs on Monday."
    # (a vow of a thing keeps its verb, as "Tehran vows revenge" does)
    assert _run(text) == [("US hooked on sanctions", "indirect", "Zarif"), ("vows more pressure", "indirect", "Pompeo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Title Case headline: "Warns ... Over/Against" keeps the warning; "a Cautious Welcome" is a noun
        ("US Warns Iran Over Missile Tests\n\nThe warning came on Monday.", [("Warns Iran Over Missile Tests", "indirect", "US")]),
        ("In Tehran, a Cautious Welcome for the Envoy's Offer\n\nThe offer came on Monday.", []),
        # a question that opens the sentence is not part of the answer
        ('Asked whether the sanctions could be eased, Mr. Trump said, "We\'ll see. Much depends on them."',
         [("We'll see. Much depends on them.", "direct", "Mr. Trump")]),
    ],
)
def test_title_case_headlines_and_question_openers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pezeshkian signaled that Iran could accept limits.", [("Iran could accept limits", "indirect", "Pezeshkian")]),
        ("Trump hinted at a possible meeting with Iran's leaders.",
         [("hinted at a possible meeting with Iran's leaders", "indirect", "Trump")]),
        # the refusal keeps the option open: it belongs to the statement
        ("Vance refused to rule out military action.", [("refused to rule out military action", "indirect", "Vance")]),
        ("Rubio stopped short of ruling out talks.", [("stopped short of ruling out talks", "indirect", "Rubio")]),
        # "signaled" / "indicated" with a thing as object report no words
        ("The central bank signaled a rate cut.", []),
    ],
)
def test_signal_hint_and_refusals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_responded_by_saying() -> None:
    assert _run("Araghchi responded by saying that Washington had to change course.") == [
        ("Washington had to change course", "indirect", "Araghchi")]
    assert _run('Rubio reacted by calling the offer "a trick."') == [('calling the offer "a trick."', "mixed", "Rubio")]


def test_a_parenthetical_between_dashes() -> None:
    text = "Iran \u2014 which has long denied seeking nuclear arms \u2014 said the strikes were unlawful."
    assert _run(text) == [
        ("denied seeking nuclear arms", "indirect", "Iran"),
        ("the strikes were unlawful", "indirect", "Iran"),
    ]
    assert _run("Araghchi \u2014 who led the delegation \u2014 said the round was useful.") == [
        ("the round was useful", "indirect", "Araghchi")]


def test_semicolon_clause_and_floating_quantifier() -> None:
    # the participle after "Witkoff disagreed," is Witkoff's, not the first clause's speaker's
    assert _run("Araghchi said the round was useful; Witkoff disagreed, saying more work was needed.") == [
        ("the round was useful", "indirect", "Araghchi"),
        ("more work was needed", "indirect", "Witkoff"),
    ]
    # "both" / "all" after the subject is not part of it
    assert _run("Tehran and Washington have both said they want a deal.") == [
        ("they want a deal", "indirect", "Tehran and Washington")]
    assert _run("Britain, France and Germany all said the deal must be saved.") == [
        ("the deal must be saved", "indirect", "Britain, France and Germany")]


def test_briefing_transcript_turns() -> None:
    text = ("Department Press Briefing\n\n"
            "MR PRICE: Good afternoon. We still think diplomacy is the best path with Tehran.\n\n"
            "QUESTION: Is the offer still open?\n\n"
            "MR PRICE: It is, but not for ever.\n\n"
            "It depends on what Tehran does next.\n\n"
            "QUESTION: Any reply yet?\n")
    assert _run(text) == [
        ("Good afternoon. We still think diplomacy is the best path with Tehran", "direct", "MR PRICE"),
        ("It is, but not for ever", "direct", "MR PRICE"),
        ("It depends on what Tehran does next", "direct", "MR PRICE"),
    ]
    # one upper-case label alone makes no transcript
    assert _run("Iran talks\n\nUPDATE: The talks were put off until May.\n\nThe envoys left on Sunday.") == []


def test_told_a_press_conference_and_requesting_anonymity() -> None:
    assert _run("Araghchi told a weekly news conference the round had been useful.") == [
        ("the round had been useful", "indirect", "Araghchi")]
    assert _run("A diplomat told AFP the round had been useful, requesting anonymity.") == [
        ("the round had been useful", "indirect", "A diplomat")]


def test_list_items_are_sentences_of_their_own() -> None:
    text = ("What they said:\n\n"
            '- Araghchi: "We came in good faith."\n'
            '- Witkoff: "This is a first step."\n')
    assert _run(text) == [
        ("We came in good faith.", "direct", "Araghchi"),
        ("This is a first step.", "direct", "Witkoff"),
    ]


def test_told_state_tv_then_a_clause() -> None:
    assert _run("The foreign minister told state TV the first round had gone well.") == [
        ("the first round had gone well", "indirect", "The foreign minister")]


def test_a_charge_it_denies_is_a_label() -> None:
    # "a charge it denies" names another's statement; it is no statement of the clause's subject
    assert _run("Western countries accuse Iran of pursuing a weapon, a charge it denies.") == [
        ("accuse Iran of pursuing a weapon", "indirect", "Western countries")]


@pytest.mark.parametrize(
    "subject",
    ["Western governments", "European powers", "The three European powers", "World powers", "Gulf states"],
)
def test_plural_bodies_of_states_speak(subject: str) -> None:
    assert _run(f"{subject} said the accord was at risk.") == [("the accord was at risk", "indirect", subject)]


@pytest.mark.parametrize(
    "subject",
    ["Some activists", "Rights groups", "IAEA inspectors", "US forces", "Intelligence officials", "Many economists"],
)
def test_lower_case_groups_of_people_speak(subject: str) -> None:
    assert _run(f"{subject} said the accord was at risk.") == [("the accord was at risk", "indirect", subject)]
    first = subject.split()[0]
    mid = subject if first.isupper() else subject[0].lower() + subject[1:]  # "IAEA inspectors" keeps its capitals
    assert _run(f"In Tehran, {mid} said the accord was at risk.")[0][2] == mid


@pytest.mark.parametrize("subject", ["A lawyer", "A political scientist", "A senior fellow", "A human rights lawyer"])
def test_a_person_described_by_a_common_noun(subject: str) -> None:
    assert _run(f"{subject} said the accord was at risk.") == [("the accord was at risk", "indirect", subject)]


def test_offers_in_a_headline() -> None:
    text = 'Rice offers Iran "a new start" in talks\n\nWASHINGTON - The offer came on Monday.'
    assert _run(text) == [('offers Iran "a new start" in talks', "mixed", "Rice")]
    # after a possessive, a cue word is a noun
    assert _run("Rice's offers\n\nWASHINGTON - The offer came on Monday.") == []


def test_an_acronym_ends_the_phrase_before_a_that_less_clause() -> None:
    assert _run("Araghchi said on state TV the round had made progress.") == [
        ("the round had made progress", "indirect", "Araghchi")]
    assert _run("Araghchi said on X US negotiators had called.") == [("US negotiators had called", "indirect", "Araghchi")]


def test_a_contracted_has_before_the_verb_is_no_possessive() -> None:
    # "He's said" is "he has said": the cue stays a verb (the possessive rule is for nouns: "the Envoy's Offer")
    assert _run("He's said that talks are possible.") == [("talks are possible", "indirect", "He's")]


def test_in_someones_words() -> None:
    assert _run('In Araghchi\'s words, the round was "a test of goodwill."') == [
        ('the round was "a test of goodwill."', "mixed", "Araghchi")]
    assert _run("In the words of Abbas Araghchi, the round was a test of goodwill.") == [
        ("the round was a test of goodwill", "indirect", "Abbas Araghchi")]
    assert _run("In other words, the round failed.") == []
    assert _run("As Vaez puts it, neither side wants a war.") == [("neither side wants a war", "indirect", "Vaez")]


def test_questioned_the_and_questioned_whether() -> None:
    assert _run("Democrats questioned the legality of the strike.") == [
        ("questioned the legality of the strike", "indirect", "Democrats")]
    assert _run("Pelosi questioned whether the strike was lawful.") == [
        ("questioned whether the strike was lawful", "indirect", "Pelosi")]


@pytest.mark.parametrize(
    "dateline",
    ["DUBAI/WASHINGTON, June 3 (Reuters) - ", "WASHINGTON, Nov. 20, 1979 \u2014 ", "TEHRAN, Iran (AP) \u2014 "],
)
def test_datelines_with_two_cities_or_a_date(dateline: str) -> None:
    text = dateline + "Iran will not return to the table while the strikes go on, Araghchi said on Tuesday."
    assert _run(text) == [("Iran will not return to the table while the strikes go on", "indirect", "Araghchi")]


def test_a_statement_inside_a_bracketed_aside() -> None:
    assert _run("The round ended late. (Araghchi later said it was useful.)") == [("it was useful", "indirect", "Araghchi")]
    # a bracket the statement opens itself is kept
    assert _run("Araghchi said the round was useful (and long).") == [("the round was useful (and long)", "indirect", "Araghchi")]


def test_a_three_word_clause_before_the_attribution() -> None:
    assert _run("Talks are possible, Araghchi said.") == [("Talks are possible", "indirect", "Araghchi")]
    # ... but not a phrase opening with a preposition or a participle
    assert _run("After the meeting, Araghchi said.") == []


def test_a_reported_clause_split_by_its_attribution() -> None:
    # one statement from the first word to the last, as for a split quotation (CODEBOOK 1)
    assert _run("No, Araghchi said, Iran would not negotiate.") == [
        ("No, Araghchi said, Iran would not negotiate", "indirect", "Araghchi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gabbard testified that Iran was not building a weapon.", [("Iran was not building a weapon", "indirect", "Gabbard")]),
        ("Araghchi revealed that a letter had arrived.", [("a letter had arrived", "indirect", "Araghchi")]),
        ("Araghchi hoped that the round would resume soon.", [("the round would resume soon", "indirect", "Araghchi")]),
        # with an object and no clause they report nothing
        ("Gabbard testified before Congress on Tuesday.", []),
    ],
)
def test_testified_revealed_hoped_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran would respond firmly to any aggression, Baghaei said at his weekly press briefing.",
        "Iran will respond to any aggression, Baghaei said.",
        "Iran is ready to respond to any aggression, Baghaei said.",
    ],
)
def test_a_clause_whose_own_verb_reports_nothing_is_the_attributed_speakers(text: str) -> None:
    # "would respond", "to respond": no statement of Iran's, so the clause is Baghaei's (it gave none)
    assert _run(text) == [(text.split(",")[0], "indirect", "Baghaei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object verb with a clause right after it, no object: "warned it could ..." (gave none)
        ("Iran has warned it could leave the NPT, Reuters reported.", [("it could leave the NPT", "indirect", "Iran")]),
        ("Araghchi warned they would pay a heavy price.", [("they would pay a heavy price", "indirect", "Araghchi")]),
        # an object pronoun is still the object
        ("Trump warned them not to test him.", [("warned them not to test him", "indirect", "Trump")]),
    ],
)
def test_a_clause_right_after_an_object_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance verb's clause ends before a closing attribution (it ran on through "a senior official said");
        # the person who closes it said the whole clause (CODEBOOK 1: the clause before the speech verb)
        ("Tehran rejected the proposal on Sunday, a senior official said.",
         [("Tehran rejected the proposal on Sunday", "indirect", "a senior official")]),
        ("The United States has accused Iran of hiding nuclear material, Baghaei said, calling the claim baseless.",
         [("The United States has accused Iran of hiding nuclear material", "indirect", "Baghaei")]),
        # an outlet's closing attribution is a source: the stance verb's subject speaks
        ("Tehran rejected the proposal on Sunday, Tasnim reported.",
         [("rejected the proposal on Sunday", "indirect", "Tehran")]),
        # a relative clause's own attribution is not a closing one
        ("Iran condemned the strikes, which it said violated international law.",
         [("condemned the strikes, which it said violated international law", "indirect", "Iran")]),
    ],
)
def test_a_stance_verbs_object_stops_at_a_closing_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Europeans should not threaten to reimpose sanctions, Araghchi said.",
        "Washington won't accept any enrichment, Witkoff said.",
        "Washington won\u2019t accept any enrichment, Witkoff said.",
    ],
)
def test_a_negated_modal_before_a_stance_verb_is_no_statement_of_the_subject(text: str) -> None:
    # "should not threaten" is the speaker's demand, not the Europeans' threat (it gave the Europeans)
    speaker = text.rstrip(".").split(", ")[-1].split()[0]
    assert _run(text) == [(text.split(", ")[0], "indirect", speaker)]


def test_a_clause_before_said_on_a_day_and_a_participle_after() -> None:
    # "said on Sunday, adding that ...": "that" is the participle's; the clause before is the said's (it was lost)
    text = "Iran is prepared to discuss limits on enrichment, Araghchi said on Sunday, adding that sanctions must go first."
    assert _run(text) == [("Iran is prepared to discuss limits on enrichment", "indirect", "Araghchi"),
                          ("sanctions must go first", "indirect", "Araghchi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun that is also a headline verb makes no statement of its own in the body (both gave none)
        ("Talks stall\n\nThe offer was not enough, Araghchi said.", [("The offer was not enough", "indirect", "Araghchi")]),
        ("Talks stall\n\nThe rules of the game have changed, Araghchi said.",
         [("The rules of the game have changed", "indirect", "Araghchi")]),
        # "did not rule out", "would not rule out" in the body: a refusal is a statement (gave none)
        ("Talks stall\n\nAraghchi did not rule out a meeting with Witkoff.",
         [("did not rule out a meeting with Witkoff", "indirect", "Araghchi")]),
        ("Talks stall\n\nTrump would not rule out military action.", [("would not rule out military action", "indirect", "Trump")]),
        # a noun in the body still is none
        ("Talks stall\n\nThey rule the country.", []),
    ],
)
def test_headline_verbs_in_the_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize("opener", ["Separately", "Meanwhile", "Elsewhere", "In a separate development"])
def test_a_narrators_transition_is_not_part_of_the_clause_before_an_attribution(opener: str) -> None:
    text = f"{opener}, Iran would keep enriching uranium, Araghchi said."
    assert _run(text) == [("Iran would keep enriching uranium", "indirect", "Araghchi")]


def test_even_as_after_a_closing_quotation_mark_ends_the_statement() -> None:
    # 'dismissed it as "not serious," even as the administration signaled ...': the narrator's contrast and
    # another statement, not Rubio's words (the span ran on to the sentence's end)
    text = 'Rubio dismissed the proposal as "not serious," even as the administration signaled that talks could go on.'
    assert _run(text) == [('dismissed the proposal as "not serious,"', "mixed", "Rubio"),
                          ("talks could go on", "indirect", "the administration")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that ends in a quotation, the comma inside the closing mark: one mixed statement (gave none)
        ('The strike was "a terrorist act," Zarif said.', [('The strike was "a terrorist act,"', "mixed", "Zarif")]),
        # a subject, a parenthetical attribution, then its verb: one statement across the attribution (gave none)
        ("The strike, Zarif said, was a terrorist act.", [("The strike, Zarif said, was a terrorist act", "indirect", "Zarif")]),
        ("Iran, Araghchi said, would never give up enrichment.",
         [("Iran, Araghchi said, would never give up enrichment", "indirect", "Araghchi")]),
        ('The strike, Zarif said, was "a terrorist act."', [('The strike, Zarif said, was "a terrorist act."', "mixed", "Zarif")]),
        # a condition after the attribution keeps its quotation (it stopped before the attribution)
        ('The deal can be saved, Araghchi said, but only if "the other side keeps its word."',
         [('The deal can be saved, Araghchi said, but only if "the other side keeps its word."', "mixed", "Araghchi")]),
        # a time phrase is no subject
        ("On Monday, Zarif said, was a holiday.", []),
    ],
)
def test_clauses_around_a_mid_sentence_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a capitalised word inside the clause's subject after "told OBJECT" (gave none)
        ("Grossi told CNN the damage at Fordow was very significant.", "the damage at Fordow was very significant"),
        ('Grossi told CNN the damage at Fordow was "very, very significant."', 'the damage at Fordow was "very, very significant."'),
        ("Araghchi told the council the strikes in Isfahan were illegal.", "the strikes in Isfahan were illegal"),
    ],
)
def test_told_object_then_a_clause_whose_subject_names_a_place(text: str, clause: str) -> None:
    assert [c for c, _, _ in _run(text)] == [clause]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title without its article after an inverted "says" (the clause's first word was the speaker)
        ("Iran 'ready' for talks, says foreign minister\n\nThe talks went on.",
         [("Iran 'ready' for talks", "mixed", "foreign minister")]),
        ("The talks went on.\n\nThe talks were over, said officials.", [("The talks were over", "indirect", "officials")]),
    ],
)
def test_an_inverted_attribution_to_a_bare_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'A banner at the rally read: "Death to America."',
        'One placard said "No war with Iran."',
        'The headline in the paper read: "The end."',
    ],
)
def test_words_on_a_banner_have_no_speaker(text: str) -> None:
    # a determiner alone was the speaker ("A", "One", "The"); words attributed to nobody are no statement
    assert _run(text) == []


def test_a_stance_verbs_object_ends_before_and_says() -> None:
    # "denies X and says Y": two statements (the first ran on through the second)
    text = "Iran denies seeking nuclear weapons and says its program is for peaceful purposes."
    assert _run(text) == [("denies seeking nuclear weapons", "indirect", "Iran"),
                          ("its program is for peaceful purposes", "indirect", "Iran")]


LIVE_BLOG = (
    "Live updates: Iran and US envoys meet in Rome\n\n"
    "12:15 GMT - Witkoff: 'We will not allow enrichment'\n\n"
    "The envoy repeated the line to a radio host on the way in.\n\n"
    "11:30 GMT \u2013 Araghchi: Iran serious about a deal\n\n"
    "1:05 p.m. ET - Talks begin in Rome\n\n"
    "09:00 GMT - The delegations arrived last night. Araghchi: a deal is close.\n"
)


def test_a_live_blog_entrys_headline_after_its_time_stamp() -> None:
    # each entry's "NAME: words" headline is a statement, as the first line's is (they were lost)
    assert _run(LIVE_BLOG) == [
        ("We will not allow enrichment", "direct", "Witkoff"),
        ("Iran serious about a deal", "indirect", "Araghchi"),
    ]
    art = Article(id="t", text=LIVE_BLOG)
    assert extract_statements(art, ExtractConfig(headlines=False)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a title in apposition before the name belongs to the attribution (it ended the statement)
        "Iran is ready for talks, the deputy foreign minister, Kazem Gharibabadi, said.",
        "Iran is ready for talks, Araghchi's deputy, Kazem Gharibabadi, said on Tuesday.",
        "Iran is ready for talks, Iran's ambassador to the United Nations, Amir Saeid Iravani, said.",
    ],
)
def test_a_title_before_the_name_of_a_closing_attribution(text: str) -> None:
    assert [(t, m) for t, m, _ in _run(text)] == [("Iran is ready for talks", "indirect")]


def test_a_clause_with_commas_of_its_own_before_a_closing_attribution() -> None:
    # "the timing" is no title: the clause runs on to the attribution
    assert [t for t, _, _ in _run("Talks are possible, but the timing is wrong, Araghchi said.")] == [
        "Talks are possible, but the timing is wrong"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the journalist's reading after the reported clause is not what was said (it ran on to the end)
        ("Pezeshkian said on Thursday that his government was willing to discuss limits on enrichment, "
         "the clearest sign yet that Tehran is seeking a way back to talks.",
         "his government was willing to discuss limits on enrichment"),
        ("Araghchi said Iran would release the detainees, in a sign of goodwill toward Washington.",
         "Iran would release the detainees"),
        # "a sign of" inside the clause stays
        ("Araghchi said the release was a sign of goodwill.", "the release was a sign of goodwill"),
        # the narrator's count ("the first such action since ...") is no part of it either
        ("Bessent said the network had shipped Iranian oil to China, the first such action since Trump restored his campaign.",
         "the network had shipped Iranian oil to China"),
        ("Araghchi said it was the first time since 2018 that Iran had met a US envoy.",
         "it was the first time since 2018 that Iran had met a US envoy"),
    ],
)
def test_the_journalists_reading_after_a_reported_clause(text: str, expected: str) -> None:
    assert [t for t, _, _ in _run(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "Push Back" is a particle, not "backs" (= supports): the headline gave speaker "Hard-Liners Push", text "Back"
        "Iran Signals Flexibility on Enrichment, but Hard-Liners Push Back\n\nBody text.",
        "Hard-Liners Push Back\n\nBody text.",
    ],
)
def test_push_back_in_a_headline_is_no_statement(text: str) -> None:
    assert _run(text) == []


def test_backs_in_a_headline_still_reports_support() -> None:
    assert _run("Khamenei Backs Talks With US\n\nBody text.") == [("Backs Talks With US", "indirect", "Khamenei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stance verbs with an object that were missing (the sentences gave nothing)
        ('Baghaei censured the European troika for its "destructive" role.',
         [('censured the European troika for its "destructive" role', "mixed", "Baghaei")]),
        ("Araghchi rebuffed the proposal as unserious.", [("rebuffed the proposal as unserious", "indirect", "Araghchi")]),
        ("Rubio questioned Iran's sincerity.", [("questioned Iran's sincerity", "indirect", "Rubio")]),
        ("Khamenei scoffed at the idea of talks.", [("scoffed at the idea of talks", "indirect", "Khamenei")]),
        ("Pezeshkian affirmed that Iran would not seek nuclear weapons.",
         [("Iran would not seek nuclear weapons", "indirect", "Pezeshkian")]),
        # a participle after a determiner is an adjective: "The" was the speaker of "disputed islands belong to Iran"
        ("The disputed islands belong to Iran, Araghchi said.", [("The disputed islands belong to Iran", "indirect", "Araghchi")]),
        ("Araghchi rejected the proposed deal.", [("rejected the proposed deal", "indirect", "Araghchi")]),
        # "hinted" is the writer's reading, not a report (the seed article's gold has no such statement)
        ("Leaders of both countries hinted that the deal could lead to better ties.", []),
    ],
)
def test_more_stance_verbs_and_participles_as_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the narrator's "as" of time after the reported clause is not what was said (it ran on)
        ("Iran warns Europe over 'snapback' as deadline nears\n\nBody.", "warns Europe over 'snapback'"),
        ("Ahmadinejad said that Iran would not bow to pressure, as a United Nations deadline for Tehran to "
         "suspend the work expired.", "Iran would not bow to pressure"),
        # an "as" of the speaker's own stays
        ("Araghchi said the talks would go on as planned.", "the talks would go on as planned"),
        ("Araghchi said Iran would not negotiate as long as sanctions remained.",
         "Iran would not negotiate as long as sanctions remained"),
    ],
)
def test_the_narrators_as_of_time_ends_a_reported_clause(text: str, expected: str) -> None:
    assert [t for t, _, _ in _run(text)] == [expected]


def test_a_single_quoted_plural_before_to_is_no_possessive() -> None:
    # "weeks' to make" was read as a plural possessive, so the quotation ran on into the next sentence
    text = "Barrot said Iran had 'a few weeks' to make concessions. 'The window is closing,' he said."
    assert _run(text) == [
        ("Iran had 'a few weeks' to make concessions", "mixed", "Barrot"),
        ("The window is closing,", "direct", "he"),
    ]
    possessive = "'The Americans' promises are worthless,' he said."
    assert [possessive[q.start : q.end] for q in find_quotes(possessive)] == ["'The Americans' promises are worthless,'"]


@pytest.mark.parametrize("label", ["Transcript", "Full text", "Excerpts"])
def test_more_section_labels_are_no_speakers(label: str) -> None:
    # "Transcript: Araghchi interview" gave the speaker "Transcript"
    assert _run(f"{label}: Araghchi interview\n\nThe interview was recorded on Tuesday.") == []


def test_a_colon_hands_the_sentence_over_to_the_quotation() -> None:
    # the narrator's lead before the colon was part of the statement (a mixed span)
    text = 'The message from Tehran was clear: "We will not negotiate under fire," Araghchi said.'
    assert _run(text) == [("We will not negotiate under fire,", "direct", "Araghchi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair of dashes around an aside: the clause goes on after it (it stopped at the first dash)
        ('Trump said Iran had "two weeks" \u2014 or less \u2014 to decide.', 'Iran had "two weeks" \u2014 or less \u2014 to decide'),
        ("Trump said Iran had two weeks \u2013 or less \u2013 to decide.", "Iran had two weeks \u2013 or less \u2013 to decide"),
        # one dash still ends it
        ("Araghchi said the talks were over \u2014 a blow to the mediators.", "the talks were over"),
        ("Trump said the deal was dead \u2014 and Iran would pay.", "the deal was dead"),
    ],
)
def test_a_dash_aside_inside_a_reported_clause(text: str, expected: str) -> None:
    assert [t for t, _, _ in _run(text)] == [expected]


def test_and_another_speaker_after_a_comma_ends_a_reported_clause() -> None:
    # ", and Araghchi said ..." ran on inside Baghaei's statement; it is Araghchi's own
    assert _run("Baghaei said Iran had received the proposal, and Araghchi said it would be studied.") == [
        ("Iran had received the proposal", "indirect", "Baghaei"),
        ("it would be studied", "indirect", "Araghchi"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after the object takes the finite verb's subject, not that of a participle inside the object
        # ("a letter from Trump calling for talks, saying ..." gave the letter, so Trump, the statement)
        ("Khamenei dismissed a letter from Donald Trump calling for new talks, saying negotiations would only tighten sanctions.",
         [("dismissed a letter from Donald Trump calling for new talks", "indirect", "Khamenei"),
          ("negotiations would only tighten sanctions", "indirect", "Khamenei")]),
        # a headline's second verb has the first verb's subject ("Trump letter" and "US" spoke)
        ("Khamenei rejects Trump letter, says talks would 'tighten the knot'\n\nBody.",
         [("rejects Trump letter", "indirect", "Khamenei"), ("talks would 'tighten the knot'", "mixed", "Khamenei")]),
        ("Iran rejects US offer, says pressure won't work\n\nBody.",
         [("rejects US offer", "indirect", "Iran"), ("pressure won't work", "indirect", "Iran")]),
        # a quotation's attribution followed by its source is no statement of the source's
        ('"What is the point?" Khamenei said in a speech, according to his official website.',
         [("What is the point?", "direct", "Khamenei")]),
    ],
)
def test_participles_headline_second_verbs_and_sources(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_when_words_were_said_is_no_statement_of_the_source() -> None:
    # "X made the comments during a meeting, according to his office" gave a statement of "his office"
    assert _run("Pezeshkian made the comments during a meeting with officials, according to a statement from his office.") == []
    assert _run("Talks will resume next week, according to a statement from his office.") == [
        ("Talks will resume next week", "indirect", "a statement from his office")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow or pledge of a thing is a stance with its object (they gave nothing)
        ("Israel strikes Iran; Tehran vows revenge\n\nBody.", [("vows revenge", "indirect", "Tehran")]),
        ("Russia pledged support for Iran.", [("pledged support for Iran", "indirect", "Russia")]),
        # a vow of a clause stays a report of that clause
        ("Iran vowed that it would respond.", [("it would respond", "indirect", "Iran")]),
    ],
)
def test_a_vow_of_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word inside "called ... for" (the statement was lost)
        ('Khatami, in an interview with CNN, called today for a "dialogue between civilizations" with the American people.',
         'called today for a "dialogue between civilizations" with the American people'),
        ("Guterres called again on both sides to show restraint.", "called again on both sides to show restraint"),
    ],
)
def test_called_with_a_time_word_before_for(text: str, expected: str) -> None:
    assert [t for t, _, _ in _run(text)] == [expected]


def test_two_subjects_with_participles_after_with() -> None:
    # "with X accusing ... and Y calling ...": Y's clause ran on inside X's statement, and Y's subject took in
    # the end of X's object ("the Middle East and Iran")
    text = ("The two sides traded accusations on Wednesday, with Washington accusing Tehran of arming militias across the "
            'Middle East and Iran calling U.S. sanctions "economic terrorism."')
    assert _run(text) == [
        ("accusing Tehran of arming militias across the Middle East", "indirect", "Washington"),
        ('calling U.S. sanctions "economic terrorism."', "mixed", "Iran"),
    ]
    # a coordinated subject of one participle stays whole
    assert _run("The talks ended, with Britain and France urging restraint.") == [
        ("urging restraint", "indirect", "Britain and France")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quotation that the reported clause goes on from is its subject: one mixed statement (it gave 'no one')
        ('Pezeshkian says "no one" wants war as tensions mount.', [('"no one" wants war', "mixed", "Pezeshkian")]),
        ('Zarif said "the Americans" were lying.', [('"the Americans" were lying', "mixed", "Zarif")]),
        # a quotation with a time after it stays a direct statement
        ('Pezeshkian said "never" on Monday.', [("never", "direct", "Pezeshkian")]),
        # "warned against" / "cautioned against" with no object between keep the verb (the first gave nothing)
        ('Khamenei warned against "excessive demands."', [('warned against "excessive demands."', "mixed", "Khamenei")]),
        ("Rubio cautioned against any rush to a deal.", [("cautioned against any rush to a deal", "indirect", "Rubio")]),
        # how an unnamed source spoke, after its attribution, does not hide the clause before it (it gave nothing)
        ("Iran is open to a limited deal, three Iranian officials told Reuters, speaking on condition of anonymity.",
         [("Iran is open to a limited deal", "indirect", "three Iranian officials")]),
    ],
)
def test_quoted_subjects_against_and_anonymous_sources(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first verb reports nothing: the second still has the headline's subject (it had "Iran")
        ('Pompeo lays out 12 demands for Iran, threatens "strongest sanctions in history"\n\nBody.',
         [('threatens "strongest sanctions in history"', "mixed", "Pompeo")]),
        # a second verb in the present tense ends the first's clause (it ran on: 'talks pointless, urges resistance')
        ("Khamenei says talks pointless, urges resistance\n\nBody.",
         [("talks pointless", "indirect", "Khamenei"), ("urges resistance", "indirect", "Khamenei")]),
    ],
)
def test_headline_second_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_live_blog_stamp_on_a_line_of_its_own() -> None:
    # "11:15 a.m. ET" alone on its line, the entry's headline on the next (it gave nothing)
    text = ("Live updates\n\n11:15 a.m. ET\nKhamenei: no talks with America\n\nThe leader spoke in Tehran.\n\n"
            "12:03 p.m. ET\nTalks end after two hours\n\nThe round ended.")
    assert _run(text) == [("no talks with America", "indirect", "Khamenei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening "According to" phrase with lower-case words in it (it gave nothing)
        ("According to Iran's semi-official Tasnim news agency, the council has approved a framework.",
         [("the council has approved a framework", "indirect", "Iran's semi-official Tasnim news agency")]),
        ("According to the state-run IRNA news agency, the talks will resume on Monday.",
         [("the talks will resume on Monday", "indirect", "the state-run IRNA news agency")]),
        # ... or a relative clause: the noun phrase before it speaks (it gave nothing)
        ("According to a senior Iranian official who spoke to Reuters, the talks will resume.",
         [("the talks will resume", "indirect", "a senior Iranian official")]),
        ("According to Tasnim, the council has approved a framework.",
         [("the council has approved a framework", "indirect", "Tasnim")]),
    ],
)
def test_an_opening_according_to_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "warned of X" / "warned about X" keep the verb with its object (the first gave nothing)
        ('Hunt warned of "serious consequences" if the ship was not released.',
         [('warned of "serious consequences" if the ship was not released', "mixed", "Hunt")]),
        ("Rubio warned about the risks of a bad deal.", [("warned about the risks of a bad deal", "indirect", "Rubio")]),
        # a headline's second verb after a comma inside the closing mark (it ran on inside the quotation's statement)
        ('Khamenei says US "cannot be trusted," rejects talks\n\nBody.',
         [('US "cannot be trusted,"', "mixed", "Khamenei"), ("rejects talks", "indirect", "Khamenei")]),
    ],
)
def test_warned_of_and_a_second_verb_after_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive stance verb with its agent after "by": the agent's statement (it gave nothing)
        ("Iran has been accused by the United States of plotting attacks on US troops, a charge Tehran rejected.",
         [("accused by the United States of plotting attacks on US troops", "indirect", "the United States")]),
        ("Iran was warned by President Trump not to attack.",
         [("warned by President Trump not to attack", "indirect", "President Trump")]),
        # a passive of a deed is no statement
        ("The tanker was seized by Iran on Friday.", []),
    ],
)
def test_a_passive_stance_verb_and_its_agent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a middle initial in the attribution of a split quotation (the first half was lost)
        ('"We are committed to it," Secretary of State Antony J. Blinken said on Monday, "and we believe diplomacy works."',
         [('We are committed to it," Secretary of State Antony J. Blinken said on Monday, "and we believe diplomacy works.',
           "direct", "Secretary of State Antony J. Blinken")]),
        # "CLAUSE, says NAME after ...": an inverted headline with a time after the name (it gave Iran 'Khamenei after ...')
        ("Iran 'will not surrender', says Khamenei after Trump ultimatum\n\nBody.",
         [("Iran 'will not surrender'", "mixed", "Khamenei")]),
        # "had written ... that" reports a clause (it gave nothing)
        ("Trump had earlier written on social media that the US knew where the leader was hiding.",
         [("the US knew where the leader was hiding", "indirect", "Trump")]),
        # a document with a participle phrase: the document, not a name inside the phrase ("Persian"); its issuer after "by"
        ("The letter, written in Persian, said talks were possible.", [("talks were possible", "indirect", "The letter")]),
        ("A statement, issued by the foreign ministry, said talks were possible.",
         [("talks were possible", "indirect", "the foreign ministry")]),
    ],
)
def test_initials_inverted_headlines_and_documents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_list_of_quotations_under_a_heading() -> None:
    # '- "..."' lines after "Key quotes:": each one the speaker's before (they gave nothing)
    text = ('Kirby spoke to reporters.\n\nKey quotes from the briefing:\n- "We hold Iran responsible for these attacks."\n'
            '- "We do not seek conflict."\n- The briefing lasted an hour.')
    assert [(t, m) for t, m, _ in _run(text)] == [
        ("We hold Iran responsible for these attacks.", "direct"), ("We do not seek conflict.", "direct")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # answering others' claim: the verb is the stance, the claim alone would read the other way round
        ("Pezeshkian countered suggestions that Iran was seeking a nuclear weapon.",
         [("countered suggestions that Iran was seeking a nuclear weapon", "indirect", "Pezeshkian")]),
        ("Pezeshkian rebutted claims that Iran was seeking a bomb.",
         [("rebutted claims that Iran was seeking a bomb", "indirect", "Pezeshkian")]),
        ("Pezeshkian said reports that Iran was seeking a bomb were false.",
         [("reports that Iran was seeking a bomb were false", "indirect", "Pezeshkian")]),
        # a group noun with a capitalised adjective is a speaker (it gave nothing, or the state)
        ("Reformist politicians said engagement is the only way out.",
         [("engagement is the only way out", "indirect", "Reformist politicians")]),
    ],
)
def test_countered_claims_and_politicians(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_post_signature_after_the_journalists_own_paragraph() -> None:
    # the post's text was lost in scraping: the paragraph before the signature is narration, not the post
    text = ("Iran fired missiles on Monday.\n\nThe Guards said in a statement that the operation was a powerful response.\n\n"
            "\u2014 Abbas Araghchi (@araghchi) June 23, 2025\n\nQatar condemned the attack.")
    got = _run(text)
    assert ("the operation was a powerful response", "indirect", "The Guards") in got
    assert all(who != "Abbas Araghchi" for _, _, who in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow of a thing after a participle keeps the verb (the span lost "vowing")
        ("Iran launched missiles at Israel on Tuesday, vowing more attacks if provoked.",
         [("vowing more attacks if provoked", "indirect", "Iran")]),
        # "calling it / them" and a name for it without quotation marks (they gave nothing)
        ("Trump withdrew from the deal in 2018, calling it the worst deal ever.",
         [("calling it the worst deal ever", "indirect", "Trump")]),
        ("Zarif's remarks drew a rebuke from Pompeo, who called them lies.", [("called them lies", "indirect", "Pompeo")]),
        # a phone call or a call-off is no statement
        ("Trump called it off on Monday.", []),
        ("He called them on Friday to discuss the talks.", []),
    ],
)
def test_vowing_a_thing_and_calling_it_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_relative_clause_keeps_its_quotations_closing_mark() -> None:
    # 'who has called the deal "horrible," said': the span stopped at the comma inside the closing mark
    assert _run('Trump, who has called the 2015 deal "horrible," said he wanted a better one.') == [
        ('called the 2015 deal "horrible,"', "mixed", "Trump"),
        ("he wanted a better one", "indirect", "Trump"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more verbs of a closing attribution (they gave nothing)
        ("Iran will respond to any attack, Khamenei vowed.", [("Iran will respond to any attack", "indirect", "Khamenei")]),
        ("Talks are the only way forward, Araghchi argued.", [("Talks are the only way forward", "indirect", "Araghchi")]),
        # "issued a statement saying": the issuer speaks, not "a statement"
        ("The Supreme Leader's office issued a statement saying talks were forbidden.",
         [("talks were forbidden", "indirect", "The Supreme Leader's office")]),
    ],
)
def test_more_closing_attributions_and_issued_statements(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive stance verb at the end of its sentence: the sentence, its subject being the verb's object
        ("Headline\n\nThe deal was welcomed by Russia and China.",
         [("The deal was welcomed by Russia and China", "indirect", "Russia and China")]),
        # ... in a first line too, where "offer" after "The" read as a verb of "The"
        ("The offer was swiftly rejected by Iran.", [("The offer was swiftly rejected by Iran", "indirect", "Iran")]),
        # a thing's relative clause hides no speaker: the proposal is no speaker and Tehran did not call for it
        ("Headline\n\nThe proposal, which was rejected by Tehran, called for a freeze.", []),
    ],
)
def test_passive_sentences_and_a_things_relative_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case possessive inside the source's noun phrase (it gave "website", then nothing)
        ("Headline\n\nIran hanged a man convicted of spying, the judiciary's Mizan Online website said.",
         [("Iran hanged a man convicted of spying", "indirect", "the judiciary's Mizan Online website")]),
        ("Headline\n\nIran hanged a man, the judiciary said.", [("Iran hanged a man", "indirect", "the judiciary")]),
    ],
)
def test_a_possessive_inside_a_source_and_the_judiciary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_cue_word_with_nobody_is_no_attribution() -> None:
    # '"Death to America" chants rang out': "chants" is a noun here; the quotation had a statement with no speaker
    assert _run('Headline\n\n"Death to America" chants rang out as Khamenei spoke.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "QUOTED WORDS - NAME" headlines (it gave nothing)
        ("Iran 'ready to talk' - Zarif\n\nBody.", [("Iran 'ready to talk'", "mixed", "Zarif")]),
        ("'We will not be bullied' - Khamenei\n\nBody.", [("We will not be bullied", "direct", "Khamenei")]),
        # a site's name after the dash is no speaker, nor a section label
        ("Iran nuclear talks 'constructive' \u2013 live updates\n\nBody.", []),
        ("Hopes for 'constructive' talks - BBC News\n\nBody.", []),
    ],
)
def test_a_headline_with_the_speaker_after_a_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_document_drafted_by_a_list_of_states() -> None:
    # "drafted by Britain, France and Germany": all three (it gave "France and Germany")
    assert _run("Headline\n\nThe resolution, drafted by Britain, France and Germany, accused Iran of failing to cooperate.") == [
        ("accused Iran of failing to cooperate", "indirect", "Britain, France and Germany")
    ]


def test_without_giving_details_after_a_closing_attribution() -> None:
    # "..., state media reported, without giving details.": the trailer hid the clause (it gave nothing)
    assert _run("Headline\n\nIran's response was delivered through Oman, state media reported, without giving details.") == [
        ("Iran's response was delivered through Oman", "indirect", "state media")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb like "largely" between the subject and its verb; "hard-liners" with its hyphen (they gave nothing)
        ("Headline\n\nDemocrats largely backed the deal.", [("backed the deal", "indirect", "Democrats")]),
        ("Headline\n\nIran's hard-liners have criticized Rouhani for trusting Washington.",
         [("criticized Rouhani for trusting Washington", "indirect", "Iran's hard-liners")]),
        # "led by X": the group speaks, with a thing's possessive before it (it gave Tom Cotton)
        ("Headline\n\nThe deal's critics, led by Senator Tom Cotton, argued that it legitimized Iran's program.",
         [("it legitimized Iran's program", "indirect", "The deal's critics")]),
    ],
)
def test_adverbs_hyphenated_groups_and_led_by(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's closing attribution after a stance verb's clause: the person said all of it (it gave Iran
        # "did not rule out ..."); an outlet's stays a source ("Tehran has vowed ..., IRNA said")
        ("Headline\n\nIran did not rule out talks with Washington, Baghaei said on Monday.",
         [("Iran did not rule out talks with Washington", "indirect", "Baghaei")]),
        ("Headline\n\nTehran has vowed to retaliate, the official news agency said.",
         [("vowed to retaliate", "indirect", "Tehran")]),
        # "said on Monday, but he insisted that ...": the "that" is the second verb's (it gave "said" the clause
        # after "insisted" and dropped the one before)
        ("Headline\n\nIran did not rule out talks, spokesman Esmaeil Baghaei said on Monday, but he insisted that "
         "sanctions must go first.",
         [("Iran did not rule out talks", "indirect", "spokesman Esmaeil Baghaei"),
          ("sanctions must go first", "indirect", "he")]),
    ],
)
def test_a_persons_closing_attribution_after_a_stance_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "less welcoming" is an adjective (it gave "welcoming" said by "Hardline lawmakers in Tehran were less")
        ("Headline\n\nHardline lawmakers in Tehran were less welcoming.", []),
        # a poll's finding is nobody's statement (it gave "Iranians" blaming)
        ("Headline\n\nPolls show most Iranians blame mismanagement more than sanctions for rising prices.", []),
        ("Headline\n\nA recent survey by a Canadian institute found that most Americans support talks with Iran.", []),
        # but a speaker who reports what people think speaks
        ("Headline\n\nMost Iranians blame the government, Rouhani said.",
         [("Most Iranians blame the government", "indirect", "Rouhani")]),
    ],
)
def test_adjectives_and_polls_are_no_statements(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's next clause after a quotation's closing mark (it ran on to ", Tehran cautious")
        ("Trump says Iran deal 'very close', Tehran cautious\n\nBody.", [("Iran deal 'very close'", "mixed", "Trump")]),
        # and a second verb after it has the first verb's subject (it gave "Bully", the quotation's last capital)
        # (and "calls US 'Global Bully'" is one too, with a headline's single quotation marks as with double ones)
        ("Khamenei calls US 'Global Bully', says no talks\n\nBody.",
         [("calls US 'Global Bully'", "mixed", "Khamenei"), ("no talks", "indirect", "Khamenei")]),
        ("Rouhani hails 'new chapter', says Iran ready\n\nBody.",
         [("hails 'new chapter'", "mixed", "Rouhani"), ("Iran ready", "indirect", "Rouhani")]),
    ],
)
def test_a_headline_clause_after_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said Tuesday": a day after the verb is no reported clause; the clause before is theirs (it gave nothing)
        ("Headline\n\nThe administration is weighing new sanctions on Iran, two officials said Tuesday.",
         [("The administration is weighing new sanctions on Iran", "indirect", "two officials")]),
        # 'called any sanctions relief "..."' is a name for it; ', and NAME said' after the closing mark is another
        # statement (it gave nothing, then one span running through Cruz's words)
        ('Headline\n\nMcCarthy called any sanctions relief "a gift to the hardliners," and Senator Ted Cruz said he would '
         "seek to block it.",
         [('called any sanctions relief "a gift to the hardliners,"', "mixed", "McCarthy"),
          ("he would seek to block it", "indirect", "Senator Ted Cruz")]),
        # 'told me, "..."' and 'As X put it, "..."' (they gave nothing, and a mixed span with the marks)
        ('Headline\n\nAs a former official once told me, "Every year without a deal is a year closer to a bomb."',
         [("Every year without a deal is a year closer to a bomb.", "direct", "a former official")]),
        ('Headline\n\nAs one Iranian diplomat put it, "Nobody trusts Washington here."',
         [("Nobody trusts Washington here.", "direct", "one Iranian diplomat")]),
    ],
)
def test_a_day_after_said_called_any_and_put_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle's subject is the name in apposition, as before "said" (it gave "The former secretary of state")
        ("Headline\n\nThe former secretary of state, Hillary Clinton, echoed his view, saying the deal was the best way.",
         [("the deal was the best way", "indirect", "Hillary Clinton")]),
        # "confirmed the visit": a thing confirmed, no reported clause (it gave "the visit but declined to ...")
        ("Headline\n\nKanaani confirmed the visit but declined to discuss its content.", []),
        ("Headline\n\nKanaani confirmed the talks would take place in Oman.",
         [("the talks would take place in Oman", "indirect", "Kanaani")]),
        # a list of names after "of", and a group noun after its adjectives (they gave "France and Germany" and
        # "The three European")
        ("Headline\n\nThe foreign ministers of Britain, France and Germany said the stockpile was growing.",
         [("the stockpile was growing", "indirect", "The foreign ministers of Britain, France and Germany")]),
        ("Headline\n\nThe three European parties triggered sanctions, saying Tehran had failed to address their concerns.",
         [("Tehran had failed to address their concerns", "indirect", "The three European parties")]),
    ],
)
def test_apposed_names_confirmed_things_and_lists_after_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted word before a noun is part of what is vowed (it gave the direct statement "crushing")
        ("Khamenei vows 'crushing' response to any attack\n\nBody.", [("vows 'crushing' response to any attack", "mixed", "Khamenei")]),
        ('Headline\n\nTrump said "maximum pressure" would continue.', [('"maximum pressure" would continue', "mixed", "Trump")]),
        # a quoted word alone is still direct
        ('Headline\n\nZarif said "no" to the offer.', [("no", "direct", "Zarif")]),
    ],
)
def test_a_quoted_word_before_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "without giving details" after a quotation's closing mark is the journalist's (it was kept in the span)
        ('Headline\n\nThe Guards said the tankers had been seized for "violations," without giving details.',
         [('the tankers had been seized for "violations,"', "mixed", "The Guards")]),
        # a source's request for anonymity is no statement (it gave "her family name not be used")
        ('Headline\n\n"People are exhausted," said Maryam, a teacher in Tehran, who asked that her family name not be used.',
         [("People are exhausted,", "direct", "Maryam")]),
    ],
)
def test_journalists_notes_on_how_it_was_said(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_second_clauses_appositive_is_its_own() -> None:
    # "..., while Britain's ambassador, Matthew Rycroft, said ...": Rycroft (it gave the first clause's Nebenzia)
    text = ("Headline\n\nRussia's envoy, Vassily Nebenzia, said there was no evidence of a violation, while Britain's "
            "ambassador, Matthew Rycroft, said the test was deeply concerning.")
    assert [m for _, _, m in _run(text)] == ["Vassily Nebenzia", "Matthew Rycroft"]


def test_an_interviewers_turns_are_no_statements() -> None:
    # "INTERVIEWER: ..., thank you for joining us" gave "thank you for joining us" to the guest
    text = ("Transcript\n\nINTERVIEWER: Mr. Foreign Minister, thank you for joining us. Is a deal possible?\n\n"
            "ZARIF: I believe it is possible, if the other side shows the same will.\n\n"
            "INTERVIEWER: Critics say Iran cannot be trusted.\n\nZARIF: Trust is a two-way street.")
    assert _run(text) == [
        ("I believe it is possible, if the other side shows the same will", "direct", "ZARIF"),
        ("Trust is a two-way street", "direct", "ZARIF"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun with its adjective before ", who ...," (it gave nothing)
        ("Headline\n\nA reformist lawmaker, who spoke on condition of anonymity, said many lawmakers supported talks.",
         [("many lawmakers supported talks", "indirect", "A reformist lawmaker")]),
        ("Headline\n\nA reformist member of parliament, who asked not to be named, said the vote was close.",
         [("the vote was close", "indirect", "A reformist member of parliament")]),
    ],
)
def test_a_role_noun_before_a_relative_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unquoted question closed by "he asked" (it gave nothing), with the one asked after the verb
        ("Headline\n\nWhy should we talk to those who killed our commander, Ghalibaf asked lawmakers in an open session.",
         [("Why should we talk to those who killed our commander", "indirect", "Ghalibaf")]),
        # a statement is not what was asked
        ("Headline\n\nThe talks are over and nothing was agreed, Ghalibaf asked.", []),
    ],
)
def test_an_unquoted_question_closed_by_asked(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", and he demanded ...": the speaker's next statement (it ran on in the first, and "demanded guarantees" gave
        # nothing)
        ("Headline\n\nRaisi said Washington could not be trusted, and he demanded guarantees that it would not withdraw.",
         [("Washington could not be trusted", "indirect", "Raisi"),
          ("demanded guarantees that it would not withdraw", "indirect", "he")]),
        ("Headline\n\nKhamenei demanded an apology from Washington.", [("demanded an apology from Washington", "indirect", "Khamenei")]),
        # "demanded that ...": the clause
        ("Headline\n\nIran demanded that the US lift sanctions.", [("the US lift sanctions", "indirect", "Iran")]),
    ],
)
def test_demands_and_a_second_verb_after_and_he(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who has long called X ...": a relative clause with its adverb ends at its comma (it ran on into "tweeted")
        ('Headline\n\nPompeo, who has long called Zarif a mouthpiece for "a failing clique," tweeted that the resignation '
         "was noted.",
         [('called Zarif a mouthpiece for "a failing clique,"', "mixed", "Pompeo"),
          ("the resignation was noted", "indirect", "Pompeo")]),
        # "declared five days of mourning", "announced new sanctions": things done, no reported clause
        ("Headline\n\nKhamenei declared five days of public mourning for the commander.", []),
        ("Headline\n\nThe Treasury announced new sanctions on ten companies.", []),
        # but "declared the deal dead" keeps what was declared
        ("Headline\n\nKhamenei declared the deal dead.", [("the deal dead", "indirect", "Khamenei")]),
    ],
)
def test_long_called_and_things_declared(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_he_added_that_after_a_closed_quotation_is_a_new_statement() -> None:
    # '"B." He added that ...': not B's attribution (it took "added" for the quotation and lost the clause, and so
    # the split quotation "A," X said. "B." was not joined)
    text = ('Headline\n\n"We are not naive," Araghchi said. "We know who we are dealing with." He added that Iran would '
            "study the proposal.")
    assert _run(text) == [
        ('We are not naive," Araghchi said. "We know who we are dealing with.', "direct", "Araghchi"),
        ("Iran would study the proposal", "indirect", "He"),
    ]


def test_after_doing_something_is_the_narrators() -> None:
    # '"...," after hosting a fourth round': what the speaker did, not what was said (it was in the span)
    text = 'Headline\n\nAlbusaidi said the talks were "moving in the right direction," after hosting a fourth round.'
    assert _run(text) == [('the talks were "moving in the right direction,"', "mixed", "Albusaidi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole quoted sentence after a sentence that reports someone's words goes on with that speaker (it gave
        # nothing); the resolver gives it to the last speaker
        ('Headline\n\nAraghchi said talks were useful. "If the goal is zero enrichment, there will be no deal."',
         [("talks were useful", "indirect", "Araghchi"), ("If the goal is zero enrichment, there will be no deal.", "direct", None)]),
        # not after narration
        ('Headline\n\nThe operation was named after a poem. "Rising Lion is coming for them."', []),
    ],
)
def test_a_quoted_sentence_after_a_reporting_sentence(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, Biden says 'welcome home'" in a headline: the quotation is Biden's (it gave the whole headline, mixed)
        ("Iran frees two Americans in swap, Biden says 'welcome home'\n\nBody.", [("welcome home", "direct", "Biden")]),
        # ", a claim the US military disputed, saying ...": the disputer says it (it gave the Guards)
        ("Headline\n\nThe Guards said they shot down a drone over Iran, a claim the US military disputed, saying the "
         "aircraft was in international airspace.",
         [("they shot down a drone over Iran", "indirect", "The Guards"),
          ("the aircraft was in international airspace", "indirect", "the US military")]),
    ],
)
def test_a_headline_quote_after_says_and_a_disputed_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Press Call", "Phone Call" in a Title Case headline are nouns (the first gave "Background" pressing)
        "Background Press Call by Senior Administration Officials on Iran\n\nBody.",
        "Trump-Putin Phone Call Focuses on Iran\n\nBody.",
    ],
)
def test_press_and_phone_call_in_a_headline_are_nouns(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "... but has also threatened ...": a second act of the speaker's (it ran on in one statement)
        ("Headline\n\nTrump has said he prefers a deal but has also threatened military action if talks fail.",
         [("he prefers a deal", "indirect", "Trump"), ("threatened military action if talks fail", "indirect", "Trump")]),
        # ", disputing an assessment ...": the narrator's account of another act, not part of what was said
        ('Headline\n\nHegseth said the strikes had "devastated" the program, disputing an assessment that the damage was '
         "limited.",
         [('the strikes had "devastated" the program', "mixed", "Hegseth")]),
    ],
)
def test_a_second_act_after_but_has_also_or_a_participle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_colon_before_a_quotation_after_an_opening_phrase_stays_direct() -> None:
    # 'In a statement ..., Khamenei said: "..."' is a direct quotation, not one mixed sentence
    text = 'Headline\n\nIn a statement read on state television, Khamenei said: "The blood of this martyr will not be forgotten."'
    assert _run(text) == [("The blood of this martyr will not be forgotten.", "direct", "Khamenei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'called talks with the U.S. "..."': a bare noun object, then its name in quotation marks (it gave nothing)
        ('Headline\n\nKhamenei last month called talks with the U.S. "a road to nowhere."',
         [('called talks with the U.S. "a road to nowhere."', "mixed", "Khamenei")]),
        # not "called early elections in a speech" (convened)
        ('Headline\n\nRouhani called early elections in a speech "to strengthen democracy."', []),
    ],
)
def test_called_a_bare_noun_a_quoted_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_a_cue_verb_inside_a_compound_adjective_is_no_verb() -> None:
    # "Iran-backed militias": "backed" is part of the adjective (it gave Iran saying "backed militias ...")
    assert _run("Pentagon chief warns Iran-backed militias after base attack\n\nBody text here.") == []
    # ("Iran backed the proposal" is still Iran backing it)
    assert _run("Headline\n\nIran backed the proposal.") == [("backed the proposal", "indirect", "Iran")]


def test_a_stance_verb_with_nothing_after_it_is_no_statement() -> None:
    # "..., Tehran denies" in a headline: the bare verb was a one-word statement
    assert _run("Senator says Iran 'ready to deal', Tehran denies\n\nBody text here.") == [
        ("Iran 'ready to deal'", "mixed", "Senator")]


def test_a_journalists_label_after_a_closing_mark_ends_the_clause() -> None:
    # '... "very eager to sign," a claim Iranian officials rejected': the label is the narrator's (the comma sits
    # inside the closing mark; it was kept in the statement)
    text = 'Headline\n\nThe president said Iran was "very eager to sign," a claim Iranian officials rejected.'
    assert _run(text) == [('Iran was "very eager to sign,"', "mixed", "The president")]


def test_a_document_carried_by_an_outlet_speaks_for_its_issuer() -> None:
    # "A Guards statement carried by Fars said": the statement (and so the Guards), not the outlet
    text = "Headline\n\nA Guards statement carried by Fars news agency said the drill had ended."
    assert _run(text) == [("the drill had ended", "indirect", "A Guards statement")]


def test_told_an_object_then_a_clause_about_the_us() -> None:
    # "tells reporters the U.S. team is ...": a clause without "that" whose subject opens with "U.S." (it was missed)
    text = 'Headline\n\nA senior official tells reporters the U.S. team is "ready to stay as long as it takes."'
    assert _run(text) == [('the U.S. team is "ready to stay as long as it takes."', "mixed", "A senior official")]


def test_a_parenthetical_attribution_after_a_quotation_inside_the_clause() -> None:
    # 'If Tehran took "real steps," the envoy said, Washington would ...': the clause goes on after the attribution
    # (only the conditional half was kept)
    text = 'Headline\n\nIf Tehran took "real steps," the envoy said, Washington would ease the embargo.'
    assert _run(text) == [('If Tehran took "real steps," the envoy said, Washington would ease the embargo', "mixed", "the envoy")]
    # (a quotation that opens the clause is still a split quotation)
    text = 'Headline\n\n"We took real steps," the envoy said, "and we expect the same."'
    assert [r[1] for r in _run(text)] == ["direct"]


def test_a_closing_attribution_followed_by_according_to() -> None:
    # "..., he told the board, according to a copy of his remarks": the clause before is the statement (missed)
    text = "Headline\n\nThe ambassador spoke. Iran had kept every promise, he told the board, according to a text of his speech."
    assert _run(text)[-1] == ("Iran had kept every promise", "indirect", "he")


def test_but_that_after_a_closing_mark_goes_on_with_the_reported_clause() -> None:
    # 'said the rights were "not negotiable," but that checks could be discussed': one clause (it ended at the mark)
    text = 'Headline\n\nThe envoy said the rights were "not negotiable," but that checks could be discussed.'
    assert _run(text) == [('the rights were "not negotiable," but that checks could be discussed', "mixed", "The envoy")]


def test_where_it_was_said_ends_the_clause() -> None:
    # '..., in a speech to the General Assembly': the narrator's note (it was kept in the statement)
    text = 'Headline\n\nThe president said Washington "must show good faith" first, in a speech to the General Assembly.'
    assert _run(text) == [('Washington "must show good faith" first', "mixed", "The president")]


def test_a_list_of_reactions_labelled_with_their_speakers() -> None:
    # "- Iran's foreign ministry: The attack is ...": the item after its label (missed: the list lines were also
    # joined as one wrapped paragraph); a fact box's fields ("- Venue: ...") are no speakers
    text = ("How capitals reacted\n\n"
            "- The Turkish foreign ministry said it was watching closely and urged calm.\n"
            "- Iran's foreign ministry: The raid was \"an open breach of the law\" and Tehran will answer it.\n"
            "- Venue: The talks were held at the Omani embassy in Geneva, officials confirmed.\n"
            "- Next steps: Experts meet again in two weeks.")
    got = _run(text)
    assert ('The raid was "an open breach of the law" and Tehran will answer it', "mixed", "Iran's foreign ministry") in got
    assert all(who not in ("Venue", "Next steps") for _, _, who in got)


def test_in_remarks_that_ends_the_clause() -> None:
    # '..., in remarks that were likely to anger hard-liners': the narrator's comment (it was kept)
    text = "Headline\n\nThe former president said Iran should seek better ties, in remarks that angered his rivals."
    assert _run(text) == [("Iran should seek better ties", "indirect", "The former president")]


def test_what_a_reporter_asked_about_is_no_statement() -> None:
    # "Asked about a report that Washington had sent a message through Oman, she declined ...": "sent a message"
    # was a statement of Washington's
    text = "Headline\n\nAsked about a report that Washington had sent a message through Oman, she declined to give details."
    assert _run(text) == []


def test_a_relative_clause_with_its_own_verb_of_saying_ends_the_clause() -> None:
    # "dismissed remarks by X, who had said ...": the relative clause is X's statement, not the subject's
    text = ("Headline\n\nThe minister dismissed remarks by the U.S. envoy, who had said the government would not last "
            "the year.")
    got = _run(text)
    assert got[0] == ("dismissed remarks by the U.S. envoy", "indirect", "The minister")
    assert ("the government would not last the year", "indirect", "the U.S. envoy") in got


def test_and_he_denied_after_a_closing_mark_is_a_statement_of_its_own() -> None:
    # 'said the US had not "traded arms for hostages," and he denied that ...': two statements (one before)
    text = 'Headline\n\nThe president said the US had not "traded arms for hostages," and he denied that aides had bargained.'
    assert [t for t, _, _ in _run(text)] == ['the US had not "traded arms for hostages,"', "denied that aides had bargained"]


@pytest.mark.parametrize(
    "subject", ["The Houthis' political bureau", "The Hezbollah leadership", "The Iraqi cabinet", "The militia's command"]
)
def test_institution_nouns_head_a_subject(subject: str) -> None:
    # "The Houthis' political bureau said in a statement that ...": "bureau", "cabinet" ... were no subject heads,
    # so the statement was lost
    text = f"Headline\n\n{subject} said in a statement that they were ready."
    assert _run(text) == [("they were ready", "indirect", subject)]


def test_an_according_to_phrase_is_no_reported_clause() -> None:
    # 'According to the post, he told X that ...': the statement is what he told (it gave "According to the post")
    text = "Headline\n\nThe president posted a summary. According to the post, he told Mr. Clark that talks could go on."
    assert _run(text) == [("talks could go on", "indirect", "he")]


def test_an_abbreviation_between_the_verb_and_that() -> None:
    # "told Mr. Clark that ...", "told U.S. officials that ...": the dot ends no sentence (the statements were lost)
    assert _run("Headline\n\nThe envoy told Mr. Clark that talks could go on.") == [("talks could go on", "indirect", "The envoy")]
    assert _run("Headline\n\nThe envoy told U.S. officials that talks could go on.") == [
        ("talks could go on", "indirect", "The envoy")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "says only a full dismantling is acceptable": "only" is the clause's (it was dropped, and with it the
        # meaning; with a quotation in the clause the statement was lost)
        ('The prime minister says only a "full" dismantling is acceptable.', 'only a "full" dismantling is acceptable'),
        ("The prime minister said only sanctions would work.", "only sanctions would work"),
        # ("said only that ..." keeps reporting what was said)
        ("The prime minister said only that sanctions would work.", "sanctions would work"),
    ],
)
def test_only_opening_the_reported_clause(sentence: str, expected: str) -> None:
    assert [t for t, _, _ in _run("Headline\n\n" + sentence)] == [expected]


def test_a_list_of_names_after_a_label_and_colon() -> None:
    # "Europe: Britain, France and Germany have threatened ...": the whole list (it was "France and Germany")
    assert _run("Headline\n\nEurope: Britain, France and Germany have threatened to restore UN sanctions.") == [
        ("threatened to restore UN sanctions", "indirect", "Britain, France and Germany")]


def test_confirmed_the_thing_but_said_is_no_reported_clause() -> None:
    # "confirmed the offer but said it was conditional": "the offer" was a statement of its own
    assert _run("Headline\n\nAn Iranian official confirmed the offer but said it was conditional.") == [
        ("it was conditional", "indirect", "An Iranian official")]


def test_a_name_with_a_party_parenthesis_before_a_relative_clause() -> None:
    # "Rep. X (D-Calif.), who introduced a measure in the House, vowed ...": X (it was "the House")
    text = "Headline\n\nRep. Dana Hollis (D-Calif.), who introduced a similar measure in the House, vowed to keep pushing."
    assert _run(text) == [("vowed to keep pushing", "indirect", "Rep. Dana Hollis")]


@pytest.mark.parametrize("lead", ["Another MP", "One MP"])
def test_an_upper_case_role_noun_before_an_apposed_name(lead: str) -> None:
    # "Another MP, Ahmad Naderi, told ISNA that ...": the name (it was "Another MP")
    text = f"Headline\n\n{lead}, Karim Tabesh, told the ISNA news agency that leaving would be the minimum."
    assert _run(text) == [("leaving would be the minimum", "indirect", "Karim Tabesh")]


@pytest.mark.parametrize("quote", ["The ball is in America's court,", "The ball is in their court,"])
def test_a_participle_after_an_inverted_attribution(quote: str) -> None:
    # '"...," said X, adding that ...': X adds (it was the quotation's last words, "America's court", or nothing)
    text = f'Headline\n\n"{quote}" said Hamid Sadri, adding that the next round would be in Rome.'
    assert _run(text)[-1] == ("the next round would be in Rome", "indirect", "Hamid Sadri")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "said if Iran attacked, the US would respond": a condition, not an indirect question (it was lost)
        ("The president said if Iran attacked, the US would respond with force.",
         ["if Iran attacked, the US would respond with force"]),
        # "said once the US returned, Iran would too": the condition stays (it was cut to "Iran would too")
        ("The president said once the US returned to the deal, Iran would too.",
         ["once the US returned to the deal, Iran would too"]),
        # (an indirect question is still none)
        ("The spokesman did not say if the envoys would meet.", []),
    ],
)
def test_a_condition_opening_the_reported_clause(sentence: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _run("Headline\n\n" + sentence)] == expected


@pytest.mark.parametrize("aside", [", however,", ", on Monday,", ", too,"])
def test_an_aside_between_the_verb_and_that(aside: str) -> None:
    # "said, however, that talks were useless": the statement was lost
    assert [t for t, _, _ in _run(f"Headline\n\nThe minister said{aside} that talks were useless.")] == ["talks were useless"]


def test_told_an_object_then_a_clause_that_a_quotation_goes_on() -> None:
    # 'told Fox News the president "should not ..."': a mixed quotation (it was the quotation alone, its subject lost)
    text = 'Headline\n\nSen. Lindsey Graham told Fox News the president "should not take a bad deal just to get one."'
    assert _run(text) == [('the president "should not take a bad deal just to get one."', "mixed", "Sen. Lindsey Graham")]
    # a quotation of its own after the object stays direct
    assert _run('Headline\n\nTrump told reporters "we are talking to Iran at a very high level."')[0][:2] == (
        "we are talking to Iran at a very high level.", "direct")


def test_a_transcript_with_one_answer_and_the_narration_after_it() -> None:
    # "QUESTION: ... / MR. MILLER: ..." is a transcript with one labelled answer (it was lost), and
    # "Asked whether ..., Miller said ..." after it is the reporter's narration, not more of the answer
    text = ("Briefing on Iran\n\nQUESTION: What steps?\n\nMR. MILLER: I am not going to negotiate from this podium.\n\n"
            'Asked whether new sanctions were coming, Miller said the department would "not hesitate" to act.')
    got = _run(text)
    assert [g[:2] for g in got] == [("I am not going to negotiate from this podium", "direct"),
                                    ('the department would "not hesitate" to act', "mixed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", state media reported": the report's source, not what was said (it stayed in the clause)
        ("The Guards said on Thursday they had seized a tanker for smuggling fuel, state media reported, days after "
         "the sanctions.", "they had seized a tanker for smuggling fuel"),
        ("Hamid Sadri said the talks were useful, the semi-official Tasnim news agency reported.", "the talks were useful"),
        # ", as lawmakers chanted slogans": the scene, told by the narrator
        ('Hamid Sadri accused the United States of "double standards," as lawmakers chanted slogans in the chamber.',
         'accused the United States of "double standards,"'),
    ],
)
def test_the_reports_source_and_the_scene_end_the_clause(sentence: str, expected: str) -> None:
    assert _run(f"Headline\n\n{sentence}")[0][0] == expected


def test_a_headlines_second_subject_and_a_claim_rejected() -> None:
    # "Trump says Iran 'wants to talk,' Tehran denies it": Tehran's clause is no part of Trump's (nor a statement:
    # a denial of "it"); '..., a claim quickly rejected by Iranian officials': the journalist's label
    got = _run("Trump says Iran 'wants to talk,' Tehran denies it\n\n"
               'Trump said Iran "wants to talk very badly," a claim quickly rejected by Iranian officials.')
    assert [g[0] for g in got] == ["Iran 'wants to talk,'", 'Iran "wants to talk very badly,"']


@pytest.mark.parametrize(
    ("opener", "subject"),
    [("Hours later, Iran's mission posted a statement", "Iran's mission"),
     ("But government spokeswoman Farah Dabiri struck a different note,", "government spokeswoman Farah Dabiri")],
)
def test_the_subject_after_a_time_or_a_conjunction_opening_the_sentence(opener: str, subject: str) -> None:
    # "Hours later, X posted a statement saying ..." (the subject was "Hours"); "But X struck a different note,
    # saying ..." (the statement was lost: the whole opening up to the comma was skipped as an introductory phrase)
    got = _run(f'Headline\n\n{opener} saying Iran "has never closed the door to diplomacy."')
    assert got == [('Iran "has never closed the door to diplomacy."', "mixed", subject)]


def test_an_interview_whose_questions_have_no_labels() -> None:
    # questions as paragraphs of their own (bold type lost), answers after them: the one interviewed speaks
    text = ("Interview: the envoy\n\nIn an interview with our correspondent, Iran's envoy to the talks, Karim Tabesh, "
            "discussed the state of the negotiations.\n\nWhat is Iran's message to Washington?\n\n"
            "Our message is simple. Respect our rights and we will respect yours.\n\nIs a deal possible this year?\n\n"
            "Anything is possible if the other side is serious.\n\nThe talks resume on Monday in Muscat.")
    got = _run(text)
    assert [g[:2] for g in got[:2]] == [("Our message is simple. Respect our rights and we will respect yours", "direct"),
                                        ("Anything is possible if the other side is serious", "direct")]
    # the narrator after the interview is no answer
    after = _run(text.replace("The talks resume on Monday in Muscat.", "Tabesh said the talks would resume on Monday."))
    assert after[-1] == ("the talks would resume on Monday", "indirect", "Tabesh")
    # without an interview's introduction, questions in a news story change nothing
    assert _run(text.replace("In an interview with our correspondent", "On Monday")) == []


def test_a_relative_clause_on_the_event_after_a_source_tail() -> None:
    # "..., state TV reported, in a move that Western officials said would ...": the report is before "reported", the
    # officials' words in the relative clause (it was "Western officials said would ..." by state TV)
    text = ("Headline\n\nThe council approved a bill suspending cooperation, state TV reported, in a move that Western "
            "officials said would make a solution harder.")
    assert _run(text) == [("The council approved a bill suspending cooperation", "indirect", "state TV"),
                          ("would make a solution harder", "indirect", "Western officials")]


def test_first_person_narration_is_no_reported_speech() -> None:
    # an op-ed's "We reject that choice." (no quotation marks): the writer's own voice, not a statement with no speaker
    text = "Opinion: a fair deal\n\nBy Karim Tabesh\n\nFor two decades, my country has been told to choose. We reject that choice."
    assert _run(text) == []
    # inside a quotation the same words are the speaker's
    assert _run('Headline\n\n"We reject that choice," Karim Tabesh said.')[0][:2] == ("We reject that choice,", "direct")


def test_a_dateline_with_a_country_of_several_words() -> None:
    # "DUBAI, United Arab Emirates (AP) — ..., the Navy said": the dateline is no part of the statement
    text = ('Headline\n\nDUBAI, United Arab Emirates (AP) — Two patrol boats came "dangerously close" to a tanker, '
            "the coast guard said Tuesday.")
    assert _run(text) == [('Two patrol boats came "dangerously close" to a tanker', "mixed", "the coast guard")]


def test_a_source_tail_after_a_comma_inside_the_closing_mark() -> None:
    # 'condemned the move as "unlawful," state news agency IRNA reported.': the agency is the source, not part of the words
    text = 'Headline\n\nThe ministry condemned the move as "unlawful and cruel," state news agency IRNA reported.'
    assert _run(text) == [('condemned the move as "unlawful and cruel,"', "mixed", "The ministry")]


def test_an_inverted_subject_does_not_end_on_a_preposition() -> None:
    # '"...," wrote the daily Etemad in an editorial.': the newspaper (it was "the daily Etemad in an")
    got = _run('Headline\n\n"Shutting every window is no policy," wrote the daily Etemad in an editorial.')
    assert got == [("Shutting every window is no policy,", "direct", "the daily Etemad")]


def test_according_to_a_source_with_a_long_relative_clause() -> None:
    # "According to a diplomat who asked not to be named because the talks are private, ...": the diplomat's words
    text = ("Headline\n\nAccording to a Western diplomat who asked not to be named because the matter is private, "
            "the two delegations traded draft texts on Friday.")
    assert _run(text) == [("the two delegations traded draft texts on Friday", "indirect", "a Western diplomat")]
    # a long opening phrase without a relative clause is no source
    assert _run("Headline\n\nAccording to the schedule published by the two foreign ministries on the eve of the "
                "first round of the talks, the delegations met on Friday.") == []


@pytest.mark.parametrize("label", ["Hearing", "Profile", "Fact check"])
def test_more_section_labels_before_a_headline_colon(label: str) -> None:
    # "Hearing: Senators grill envoy on Iran strategy": a section, not a speaker
    assert _run(f"{label}: Senators grill envoy on Iran strategy\n\nThe committee met on Wednesday.") == []


def test_questioning_a_person_is_no_statement() -> None:
    # "The committee questioned the administration's envoy": it asked him questions; "questioned whether" voices a doubt
    assert _run("Headline\n\nThe committee questioned the administration's special envoy on Wednesday.") == []
    got = _run("Headline\n\nThe committee questioned the envoy's claim that talks were close.")
    assert got and got[0][2] == "The committee"


@pytest.mark.parametrize("subject", ["the coast guard", "Iranian authorities", "the UN nuclear watchdog", "the armed forces"])
def test_a_lower_case_body_before_said(subject: str) -> None:
    # '..., the coast guard said.' (the statement was lost: "coast" and "guard" were no words of a speaker)
    got = _run(f'Headline\n\nTwo boats came "dangerously close" to a tanker, {subject} said Tuesday.')
    assert got == [('Two boats came "dangerously close" to a tanker', "mixed", subject)]


def test_a_quoted_sentence_after_a_sentence_on_how_someone_took_it() -> None:
    # 'Her friend Sara was skeptical. "We have been here before."': Sara's words (the quotation was lost)
    got = _run('Headline\n\nHer cousin Leila Karimi was more skeptical. "We have heard all this before, many times."')
    assert got == [("We have heard all this before, many times.", "direct", "Her cousin Leila Karimi")]
    # a mood is nobody
    assert _run('Headline\n\nThe mood was cautious. "We have heard all this before, many times."') == []


def test_a_headline_quotation_with_a_predicate_after_it() -> None:
    # "Bolton: 'Regime change' should be US goal": the whole text after the colon, mixed (it was the quotation alone)
    got = _run("Walsh: 'Containment' must be NATO goal\n\nFormer envoy Dana Walsh said on Friday that it should.")
    assert got[0] == ("'Containment' must be NATO goal", "mixed", "Walsh")
    # a topic after the quotation is no part of what was said
    got = _run("Walsh: 'We are not there yet' on Iran\n\nFormer envoy Dana Walsh said on Friday that it was not.")
    assert got[0] == ("We are not there yet", "direct", "Walsh")


def test_claimed_responsibility_keeps_its_verb() -> None:
    # "Yemen's Houthi rebels claimed responsibility for the attacks": the claim (it was "responsibility for the attacks")
    got = _run("Headline\n\nA militia in Iraq claimed responsibility for the drone strike.")
    assert got == [("claimed responsibility for the drone strike", "indirect", "A militia in Iraq")]


def test_a_list_of_quotations_each_signed_after_a_dash() -> None:
    # 'Key quotes: - "..." — Iranian Foreign Minister X': each quotation is its signer's (they were all lost)
    text = ("Key quotes\n\nHere is what they said:\n\n"
            '- "We are ready for a balanced agreement." — Iranian Foreign Minister Karim Tabesh\n\n'
            '- "Diplomacy is the only path." — EU foreign policy chief Anna Lind\n\n'
            '"Respect works better than threats." — Karim Tabesh (@tabesh) June 1, 2025')
    assert _run(text) == [("We are ready for a balanced agreement.", "direct", "Iranian Foreign Minister Karim Tabesh"),
                          ("Diplomacy is the only path.", "direct", "EU foreign policy chief Anna Lind"),
                          ("Respect works better than threats.", "direct", "Karim Tabesh")]
    # a dash inside a sentence, then narration, signs nothing
    assert _run('Headline\n\nHe called the plan "a dead end" - a phrase he has used before.') == [
        ('called the plan "a dead end"', "mixed", "He")]


def test_a_split_quotation_around_a_programme_title() -> None:
    # '"A," Sullivan said on CBS's "Face the Nation." "B."': one statement (it was two, the programme between them)
    text = 'Headline\n\n"The ball is in their court," Tom Reyes said on CBS\'s "Face the Nation." "We have been clear."'
    got = _run(text)
    assert len(got) == 1 and got[0][0].startswith("The ball is in their court") and got[0][0].endswith("We have been clear.")


def test_said_early_as_an_adjective_of_the_clause() -> None:
    # "said early assessments showed ...": the clause (it was lost, "early" read as "early on Monday")
    got = _run('Headline\n\nGen. Roy Dane said early assessments showed "severe damage" to the sites.')
    assert got == [('early assessments showed "severe damage" to the sites', "mixed", "Gen. Roy Dane")]
    assert _run("Headline\n\nRoy Dane said early on Monday that the talks would resume.")[0][0] == "the talks would resume"


def test_a_semicolon_after_the_attribution_ends_it() -> None:
    # "Iran will not negotiate over its missiles, Baghaei said; that issue is closed.": the clause before (it was lost)
    got = _run("Headline\n\nIran will not negotiate over its missiles, Reza Amini said; that issue is closed.")
    assert got == [("Iran will not negotiate over its missiles", "indirect", "Reza Amini")]


@pytest.mark.parametrize("slug", ["UPDATE 2-", "EXCLUSIVE-", "WRAPUP 1-"])
def test_a_wire_slug_before_the_headline(slug: str) -> None:
    # "UPDATE 2-Iran says it will respond": Iran speaks (the speaker was "UPDATE 2-Iran")
    got = _run(f"{slug}Iran says it will respond to any attack\n\nThe story goes on.")
    assert got == [("it will respond to any attack", "indirect", "Iran")]


def test_remarks_in_a_headline_is_a_noun() -> None:
    # "Ahmadinejad: Holocaust remarks 'misunderstood'": his (it was a statement by "Holocaust", "remarks" read as a verb)
    got = _run("Tabesh: Embassy remarks 'misunderstood'\n\nThe story goes on.")
    assert got == [("Embassy remarks 'misunderstood'", "mixed", "Tabesh")]


def test_called_him_a_name_and_called_him_on_the_phone() -> None:
    # 'X called him "a petty dictator"' is a statement (it was lost); "called him on Monday" is a telephone call
    assert _run('Headline\n\nThe dean, Leo Brandt, called him "a petty tyrant" in his introduction.')[0][:2] == (
        'called him "a petty tyrant" in his introduction', "mixed")
    assert _run("Headline\n\nThe president called him on Monday to discuss the talks.") == []
    assert _run("Headline\n\nThe president called them back.") == []


def test_a_spokesman_for_people_holding_a_place() -> None:
    # "A spokesman for the students holding the embassy said": the spokesman (it was "the embassy")
    got = _run('Headline\n\nA spokesman for the students holding the embassy said they would free no one "until then."')
    assert got[0][2] == "A spokesman for the students holding the embassy"


def test_what_he_called_is_a_borrowed_term() -> None:
    # 'listed what he called Iran's "malign activities" and said ...': the narrator borrows a term; the statement
    # is what was said after it (the whole sentence was lost)
    got = _run('Headline\n\nPompeo listed what he called Iran\'s "malign activities" and said the United States '
               'would impose "the strongest sanctions."')
    assert got == [('the United States would impose "the strongest sanctions."', "mixed", "Pompeo")]


def test_a_subject_then_the_attribution_then_a_quoted_predicate() -> None:
    # 'Iran, she said, "must match its rhetoric with action."': one mixed statement (it was the quotation alone)
    got = _run('Headline\n\nThe envoy spoke at length. Iran, she said, "must match its words with deeds."')
    assert got == [('Iran, she said, "must match its words with deeds."', "mixed", "she")]


def test_mutual_blame_is_no_statement() -> None:
    # "..., with each side blaming the other": said by no one in particular (it was a statement by "each side")
    assert _run("Headline\n\nThe talks collapsed on Friday, with each side blaming the other for the failure.") == []


def test_a_mission_to_the_united_nations_is_one_speaker() -> None:
    # "Iran's mission to the United Nations posted a statement saying ...": the mission to the UN (it was "Iran's mission")
    got = _run("Headline\n\nHours later, Iran's mission to the United Nations posted a statement saying Tehran wanted no war.")
    assert got == [("Tehran wanted no war", "indirect", "Iran's mission to the United Nations")]


def test_his_office_said_is_the_source_of_the_words_inside() -> None:
    # 'X, in a phone call with Y, said the deal would "...," his office said.': X's words, the office their source
    # (it was one statement by the office, X's attribution inside it); with no verb inside, the office speaks
    got = _run('Headline\n\nPrime Minister Dov Arad, in a call with the president, said the deal would "endanger us all," '
               "his office said.")
    assert got == [('the deal would "endanger us all,"', "mixed", "Prime Minister Dov Arad")]
    assert _run("Headline\n\nThe talks will resume on Monday in Muscat, his office said.") == [
        ("The talks will resume on Monday in Muscat", "indirect", "his office")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put it to this newspaper last week": whom it was put to and when (the quotation was lost)
        ('Headline\n\nAs one European diplomat put it to this newspaper last week, "the window is closing."',
         [("the window is closing.", "direct", "one European diplomat")]),
        ('Headline\n\nAs the envoy put it to reporters on Monday, "the window is closing."',
         [("the window is closing.", "direct", "the envoy")]),
        # '"...," as X put it.': after the quotation (lost)
        ('Headline\n\n"The window is closing," as one diplomat put it.',
         [("The window is closing,", "direct", "one diplomat")]),
        ('Headline\n\nKazemi spoke on Monday. "The window is closing," as he put it.',
         [("The window is closing,", "direct", "he")]),
        # a family speaks ("her family said in a statement" gave "a statement")
        ('Headline\n\n"This prize is for all women," her family said in a statement.',
         [("This prize is for all women,", "direct", "her family")]),
    ],
)
def test_put_it_with_whom_and_after_the_quotation_and_a_family(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "written to X saying:": the participle's subject is the clause's, not the object of "to" (it gave "Iran"), and
        # the clause handing over to the quotation is no statement of its own (it gave "he had written ... saying")
        # (since 2026-11-29 the mention is the speaker of "told", not "he" inside what he told: the same person, and a
        # subject inside reported words is no longer taken for a later verb: "X said the administration welcomed ...
        # but noted that ...")
        ("Headline\n\nTrump told Fox Business he had written to Iran's leadership saying: 'I hope you are going to "
         "negotiate.'",
         [("I hope you are going to negotiate.", "direct", "Trump")]),
        ("Headline\n\nAraghchi spoke to Kallas saying the talks were useful.",
         [("the talks were useful", "indirect", "Araghchi")]),
        # ("with some arguing ...": an absolute construction keeps its own subject)
        ("Headline\n\nOfficials are divided, with some arguing that sanctions work.",
         [("sanctions work", "indirect", "some")]),
    ],
)
def test_a_participle_after_an_object_of_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the narrator on the words' effect after a comma is not part of them (both ran to the sentence's end)
        ("Headline\n\nThe president said Israel should be moved to Europe, drawing swift condemnation from the West.",
         [("Israel should be moved to Europe", "indirect", "The president")]),
        ("Headline\n\nRubio said any agreement must end enrichment, a position likely to complicate talks.",
         [("any agreement must end enrichment", "indirect", "Rubio")]),
    ],
)
def test_the_narrators_note_on_an_effect_ends_the_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


def test_an_audience_members_question_and_a_lower_case_particle_name() -> None:
    # a transcript's "AUDIENCE MEMBER:" asks, it makes no statement (it was one by "AUDIENCE MEMBER")
    text = ("Headline\n\nPOMPEO: The regime has a choice.\n\nAUDIENCE MEMBER: What happens if Europe does not follow?\n\n"
            "POMPEO: We hope they will.")
    assert [m for _, _, m in _run(text)] == ["POMPEO", "POMPEO"]
    # '"...," al-Houthi said': a name that opens with its particle in lower case (the quotation had no speaker)
    assert _run('Headline\n\n"The enemy will pay a price," al-Houthi said.') == [
        ("The enemy will pay a price,", "direct", "al-Houthi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of any verb after the attribution: the clause before is still the statement (it was lost)
        ("Headline\n\nIran will not negotiate over its missiles, Rouhani said on Wednesday, rebuffing a call for talks.",
         [("Iran will not negotiate over its missiles", "indirect", "Rouhani")]),
        # "X's call for talks": a noun after a possessive, no cue (it gave Macron a statement "call for talks")
        ("Headline\n\nRouhani spoke on Wednesday, rebuffing Macron's call for talks on the issue.", []),
        # a participle after a verb's object: the clause's subject says it (it gave "a message in Hebrew")
        ("Headline\n\nKhamenei's official account on X posted a message in Hebrew on Sunday warning Israel that it had "
         "made a mistake.",
         [("it had made a mistake", "indirect", "Khamenei's official account on X")]),
        # 'When X told lawmakers that "...," he knew ...': the main clause after the quotation is the narrator's
        ('Headline\n\nWhen the president told lawmakers that "talking is not a sin," he knew he was taking a risk.',
         [('"talking is not a sin,"', "mixed", "the president")]),
    ],
)
def test_participles_possessive_nouns_and_a_main_clause_after_a_quotation(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on X." ends a sentence (it was read as an initial, and the next quotation joined the first statement), and
        # "in a post on X" after the closing mark is the narrator's
        ('Headline\n\nBlinken called the executions "barbaric" in a post on X. "The regime will not silence the people," '
         "he wrote.",
         [('called the executions "barbaric"', "mixed", "Blinken"), ("The regime will not silence the people,", "direct", "he")]),
        # key quotes under a topic: 'On the nuclear deal: "..."' (it gave "the nuclear"; 'On negotiations:' lost its quote)
        ('Headline\n\nKhamenei spoke on Friday. Here are key quotes:\n\nOn negotiations: "Talking to them is not wise."\n\n'
         'On the nuclear deal: "We negotiated for two years."',
         [("Talking to them is not wise.", "direct", None), ("We negotiated for two years.", "direct", None)]),
        # a parenthetical aside of the narrator ends the reported clause
        ("Headline\n\nLarijani said Washington was lying (the remarks were carried by ISNA).",
         [("Washington was lying", "indirect", "Larijani")]),
    ],
)
def test_on_x_key_quote_topics_and_asides(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _run(text) == expected


def test_an_interviewer_named_by_label_asks() -> None:
    # "CHRISTIANE AMANPOUR: ...?" / "AMANPOUR: ...?": every turn a question, no title: the interviewer (they were
    # statements); a senator's one question with a claim before it stays a statement
    text = ("Headline\n\nJANE SMITH: Thank you for joining us. Is Iran ready to negotiate?\n\nABBAS ARAGHCHI: We have "
            "always been ready.\n\nSMITH: Does the leader support this?\n\nARAGHCHI: The leader has allowed it.")
    assert [m for _, _, m in _run(text)] == ["ABBAS ARAGHCHI", "ARAGHCHI"]
    text = ("Headline\n\nSEN. RISCH: Will you commit to that?\n\nMR. MALLEY: We will consult closely.\n\nSEN. MENENDEZ: The "
            "regime is enriching to sixty percent. Why should we believe diplomacy can work?\n\nMR. MALLEY: Because the "
            "alternatives are worse.")
    assert "SEN. MENENDEZ" in [m for _, _, m in _run(text)]


def test_as_he_did_something_ends_the_reported_clause() -> None:
    # "demanded that Iran end its behavior, as he unveiled a list": what the speaker was doing (it ran to the end)
    assert _run("Headline\n\nPompeo demanded that Iran end its behavior, as he unveiled a list of 12 conditions.") == [
        ("Iran end its behavior", "indirect", "Pompeo")]


def test_the_paper_speaks_and_the_latest_exchange_is_the_narrators() -> None:
    # "The paper said ..." (lost: "paper" was no speaker's head); ", in the latest exchange of threats" (it ran on)
    assert _run("Headline\n\nThe paper said the United States had a long record of betrayal.") == [
        ("the United States had a long record of betrayal", "indirect", "The paper")]
    assert _run("Headline\n\nThe commander warned that Israel would be destroyed, in the latest exchange of threats.") == [
        ("Israel would be destroyed", "indirect", "The commander")]


def test_a_headline_speaker_with_a_role_that_takes_to() -> None:
    # "Iran's envoy to UN: ..." (the headline was lost: "to" was no word of a speaker's name)
    assert _run("Iran's envoy to UN: Tehran 'will not negotiate under threat'\n\nBody.") == [
        ("Tehran 'will not negotiate under threat'", "mixed", "Iran's envoy to UN")]


def test_went_on_to_accuse_is_reported() -> None:
    # "went on to accuse X of ..." (lost: an infinitive reports nothing, but "went on to" does, as "went on to say")
    assert _run("Headline\n\nThe envoy went on to accuse Washington of bad faith.") == [
        ("accuse Washington of bad faith", "indirect", "The envoy")]
    assert _run("Headline\n\nThe envoy went on to visit Muscat.") == []


def test_an_apposed_name_then_warned_an_object_that_is_no_inverted_attribution() -> None:
    # "X, Y's adviser, warned Iran on Monday that ..." was read as "..., warned Iran" (the span was "X, Y's adviser",
    # Iran its speaker); ", said X in a speech that ..." stays inverted
    assert _run("Headline\n\nJohn Bolton, the president's adviser, warned Iran on Monday that it should not test Washington.") == [
        ("it should not test Washington", "indirect", "John Bolton")]
    assert _run("Headline\n\nWashington has no right to lecture us, said Rouhani in a speech that lasted an hour.") == [
        ("Washington has no right to lecture us", "indirect", "Rouhani")]


def test_a_crowd_chanting_after_a_place() -> None:
    # "thousands of people took to the streets chanting '...'" after "In Tehran," (lost; "thousands of" was no
    # word of a noun phrase); "gathered outside the embassy chanting": the crowd, not the embassy
    assert _run('Headline\n\nIn Tehran, thousands of people took to the streets chanting "Down with the deal."') == [
        ("Down with the deal.", "direct", "thousands of people")]
    assert _run('Headline\n\nHundreds of students gathered outside the embassy chanting "No talks."') == [
        ("No talks.", "direct", "Hundreds of students")]


def test_a_title_and_name_before_wrote_on_a_platform_and_a_colon_is_no_clause() -> None:
    # "Oman's foreign minister, X, wrote on X: '...'" also gave "Oman's foreign minister" as X's statement
    # ("on X: ..." was read as the verb's adjunct, as in "..., X wrote on X.")
    got = _run("Headline\n\nOman's foreign minister, Badr Albusaidi, wrote on X: \"Grateful to both sides.\"")
    assert got == [("Grateful to both sides.", "direct", "Badr Albusaidi")]
    assert _run("Headline\n\nTalks will resume next week, Albusaidi wrote on X.") == [
        ("Talks will resume next week", "indirect", "Albusaidi")]


def test_a_time_between_the_verb_and_that() -> None:
    # "said a day later that ..." (the span began at "a day later that")
    assert _run("Headline\n\nKhamenei said a day later that nothing had changed.") == [
        ("nothing had changed", "indirect", "Khamenei")]
    assert _run("Headline\n\nKhamenei said two weeks later that the offer was a trick.") == [
        ("the offer was a trick", "indirect", "Khamenei")]


def test_a_possessive_noun_in_the_subject_of_issued_a_statement() -> None:
    # "The leader's office issued a statement saying ..." was lost: "leader's" ended the sentence's subject
    assert _run("Headline\n\nThe leader's office issued a statement saying the remarks were naive.") == [
        ("the remarks were naive", "indirect", "The leader's office")]


def test_a_place_inside_a_participle_description_of_the_subject_does_not_speak() -> None:
    # "Some of the Americans held hostage in Tehran in 1979 voiced anger" gave "Tehran in 1979" as the speaker;
    # "hawks in Congress have vowed" keeps its own reading (no participle after the sentence's first noun phrase)
    got = _run("Headline\n\nSome of the diplomats held hostage in Tehran in 1979 voiced anger at the deal.")
    assert [(m, w) for _, m, w in got] == [("indirect", "Some of the diplomats")]
    got = _run("Headline\n\nWhether the talks survive depends on Washington, where hawks in Congress have vowed to block any deal.")
    assert [w for _, _, w in got] != ["Whether"]


def test_said_then_a_clause_with_its_own_verb_is_no_inverted_attribution() -> None:
    # "A spokesman for U.S. Central Command, Capt. X, said American forces in the region were ..." was read as
    # "..., said American forces" (the span "A spokesman ..., Capt. X"); ", said Rouhani in a speech that was ..." stays
    got = _run('Headline\n\nA spokesman for U.S. Central Command, Capt. Bill Urban, said American forces in the region were "ready."')
    assert [(m, w) for _, m, w in got] == [("mixed", "Capt. Bill Urban")]
    assert _run("Headline\n\nThe talks are a waste of time, said Rouhani in a speech that was broadcast live.") == [
        ("The talks are a waste of time", "indirect", "Rouhani")]


def test_a_long_aside_in_the_attribution_after_a_quotation() -> None:
    # '"...," X, who advises the leader on foreign affairs, said' and '"...," X was quoted by the semi-official news
    # agency as saying' were lost: the attribution ran past eight words before its verb
    assert _run('Headline\n\n"Promises mean little," Ali Akbar Velayati, who advises the supreme leader on foreign affairs, said.') == [
        ("Promises mean little,", "direct", "Ali Akbar Velayati")]
    assert _run('Headline\n\n"Promises mean little," Velayati was quoted by the semi-official Tasnim news agency as saying.') == [
        ("Promises mean little,", "direct", "Velayati")]
    assert _run('Headline\n\n"Promises mean little," Velayati, an adviser to the leader, was quoted by Tasnim as saying.') == [
        ("Promises mean little,", "direct", "Velayati")]
    # a long narrative after the quotation is still no attribution
    assert _run('Headline\n\n"Promises mean little," read a banner that students carried past the embassy gates as officials watched and said nothing.') == []


def test_narration_between_transcript_turns_reports_another_speaker() -> None:
    # "Later in the program, Senator X said ..." after a labelled answer was the last answer going on (its speaker the
    # interviewee); a paragraph without a label that goes on in the first person still does
    text = ("Interview\n\nHOST: Is the door open?\n\nZARIF: The door was never closed. We will talk when the threats stop.\n\n"
            "And I mean that sincerely.\n\n"
            'Later in the program, Senator Tom Cotton said the answers showed that Tehran was "stalling."\n\n'
            "COTTON: They want relief for nothing.")
    got = _run(text)
    assert got == [("The door was never closed. We will talk when the threats stop", "direct", "ZARIF"),
                   ("And I mean that sincerely", "direct", "ZARIF"),
                   ('the answers showed that Tehran was "stalling."', "mixed", "Senator Tom Cotton"),
                   ("They want relief for nothing", "direct", "COTTON")]


def test_the_object_pronoun_of_an_asked_opener_is_not_the_subject() -> None:
    # "Asked about it, a spokesman for the campaign, X, said ..." gave "it" as the speaker
    assert _run("Headline\n\nAsked about it, a spokesman for the campaign, Joe Smithfield, said the figure was right.") == [
        ("the figure was right", "indirect", "Joe Smithfield")]
    assert _run("Headline\n\nHe, a former diplomat, said the figure was right.") == [("the figure was right", "indirect", "He")]


def test_a_parenthetical_attribution_before_a_verb_in_the_past() -> None:
    # "The sanctions, he said, amounted to ..." was lost: only an auxiliary counted as the clause's verb going on
    got = _run("Headline\n\nRabiei spoke next. The sanctions, he said, amounted to a war on ordinary people.")
    assert got == [("The sanctions, he said, amounted to a war on ordinary people", "indirect", "he")]
    got = _run("Headline\n\nRabiei spoke next. Iran, he said, reserved all options.")
    assert got == [("Iran, he said, reserved all options", "indirect", "he")]


def test_according_to_a_title_and_a_name_between_commas() -> None:
    # "According to Iran's central bank governor, X, the country ..." gave the title as the speaker and began the
    # clause at the name; the name first and the title after it are one phrase too
    want = [("the country had found ways to sell oil", "indirect", "Abdolnaser Hemmati")]
    assert _run("Headline\n\nAccording to Iran's central bank governor, Abdolnaser Hemmati, the country had found ways to sell oil.") == want
    assert _run("Headline\n\nAccording to Abdolnaser Hemmati, Iran's central bank governor, the country had found ways to sell oil.") == want
    # a clause with its own commas after a plain name stays whole
    assert _run("Headline\n\nAccording to Hemmati, the governor was wrong, and the bank had lost money.") == [
        ("the governor was wrong, and the bank had lost money", "indirect", "Hemmati")]


def test_a_vow_of_a_quoted_thing_keeps_the_verb() -> None:
    # 'vowed "harsh revenge."' was a direct statement without its verb; a vowed thing is a stance verb's object
    assert _run('Headline\n\nThe leader declared three days of mourning and vowed "harsh revenge."') == [
        ('vowed "harsh revenge."', "mixed", "The leader")]
    # a quotation that is a sentence of its own after the vow stays direct
    assert _run('Headline\n\nThe leader vowed: "Revenge will come."') == [("Revenge will come.", "direct", "The leader")]


def test_a_participle_phrase_after_the_subject_behind_an_opening_place() -> None:
    # "In Tehran, Iran's foreign minister, speaking at a news conference, said" gave the place as the speaker
    assert [w for _, _, w in _run("Headline\n\nIn Tehran, Iran's foreign minister, speaking at a news conference, said talks were over.")] == [
        "Iran's foreign minister"]
    assert [w for _, _, w in _run(
        'Headline\n\nIn Washington, a senior official, briefing reporters on condition of anonymity, described the offer as "a start."')] == [
        "a senior official"]


def test_cited_as_saying_is_quoted_as_saying() -> None:
    # "Tasnim cited the commander, X, as saying ..." gave the agency as the speaker
    assert _run("Headline\n\nTasnim cited the aerospace commander, Amir Ali Hajizadeh, as saying the wreckage was found.") == [
        ("the wreckage was found", "indirect", "Amir Ali Hajizadeh")]
    assert _run("Headline\n\nHajizadeh was cited by Tasnim as saying the wreckage was found.") == [
        ("the wreckage was found", "indirect", "Hajizadeh")]


def test_a_singular_person_noun_heads_the_subject() -> None:
    # "Another former hostage, who ..., said" gave "Another former"; "A former hostage said" was lost
    assert [w for _, _, w in _run('Headline\n\nAnother former hostage, who did not want his name used, said he would "never forgive" them.')] == [
        "Another former hostage"]
    assert [w for _, _, w in _run("Headline\n\nA former hostage said he would never forgive them.")] == ["A former hostage"]
    assert [w for _, _, w in _run("Headline\n\nA student said the protests would go on.")] == ["A student"]


def test_a_reaction_list_label_before_a_sentence_with_its_own_attribution() -> None:
    # "China: Beijing urged ..." was lost; 'United States: "...," a Pentagon spokesman said' took the label into the
    # span; 'Iran: "...," the general staff said' gave the label as the speaker
    text = ("Reactions\n\nGovernments reacted on Sunday.\n\n"
            'China: Beijing urged "all parties to remain calm."\n\n'
            'United States: "We do not seek conflict," a Pentagon spokesman said.\n\n'
            "Iran: \"The aggressor will pay,\" the armed forces' general staff said in a statement.\n\n"
            'Saudi Arabia: The kingdom expressed "great concern" and called for self-restraint.\n\n'
            "Khamenei: no talks with America")
    got = _run(text)
    assert got[:3] == [('urged "all parties to remain calm."', "mixed", "Beijing"),
                       ("We do not seek conflict,", "direct", "a Pentagon spokesman"),
                       ("The aggressor will pay,", "direct", "the armed forces' general staff")]
    # a subject that stands for the label keeps the label as its speaker
    assert [w for _, _, w in got[3:]] == ["Saudi Arabia"]
    assert _run("Khamenei: no talks with America\n\nThe leader spoke in Tehran.")[0][2] == "Khamenei"


def test_a_city_ending_in_ing_and_the_general_staff_are_subjects() -> None:
    # "Beijing said ..." read as an abstract noun or a participle opener; "staff" headed no subject
    assert _run("Headline\n\nBeijing said all parties should remain calm.") == [("all parties should remain calm", "indirect", "Beijing")]
    assert _run("Headline\n\nThe general staff said the aggressor would pay.") == [("the aggressor would pay", "indirect", "The general staff")]


def test_a_name_in_apposition_after_a_capitalised_role_opens_a_coordinated_sentence() -> None:
    # "A White House spokesman, X, declined to comment but said ..." gave the role, not the name
    got = _run('Headline\n\nA White House spokesman, Hogan Smith, declined to comment on the report but said the president "has been clear."')
    assert [w for _, _, w in got] == ["Hogan Smith"]


def test_a_dated_speaker_label_in_a_list_of_quotes() -> None:
    # "- Khamenei, March 8: ..." was lost: the date after the name kept the line from being a labelled statement
    text = ("What they said\n\nHere is what the leaders have said:\n\n"
            '- Khamenei, March 8: Talks with the U.S. "will solve nothing."\n\n'
            '- Trump, Jan. 3, 2020: If Iran does not make a deal, "there will be trouble."\n\n'
            "- Rouhani, 2013: Iran poses no threat.")
    assert [(t, w) for t, _, w in _run(text)] == [('Talks with the U.S. "will solve nothing."', "Khamenei"),
                                                  ('If Iran does not make a deal, "there will be trouble."', "Trump"),
                                                  ("Iran poses no threat", "Rouhani")]


def test_text_of_remarks_is_a_section_label() -> None:
    # "Text of remarks: Rouhani at the United Nations" gave "Text of remarks" as a speaker
    assert _run("Text of remarks: Rouhani at the United Nations\n\nThe president spoke on Tuesday.") == []


def test_without_identifying_after_a_trailing_attribution() -> None:
    # "..., Fars said, without identifying the vessel's flag." and "..., the ministry confirmed, without disclosing
    # its contents." were lost: only some journalist's notes after the attribution were known
    assert _run("Headline\n\nThe crew had been detained, Fars said, without identifying the vessel's flag.") == [
        ("The crew had been detained", "indirect", "Fars")]
    assert _run("Headline\n\nA message has been passed on, the ministry confirmed on Friday, without disclosing its contents.") == [
        ("A message has been passed on", "indirect", "the ministry")]


def test_a_subordinate_while_clause_ends_before_the_main_clause_speaker() -> None:
    # "While X said A, his deputy, Y, told parliament that B" was one statement by X running over Y's words
    got = _run("Headline\n\nWhile Araghchi said Iran was open to a new agreement, his deputy, Kazem Gharibabadi, "
               "told parliament that no talks were scheduled.")
    assert got == [("Iran was open to a new agreement", "indirect", "Araghchi"),
                   ("no talks were scheduled", "indirect", "Kazem Gharibabadi")]


def test_which_said_after_a_body_named_in_capitals() -> None:
    # "... a rebuttal from the State Department, which said in a statement that ..." was lost ("State" and
    # "Department" are words of a noun phrase, so the body had no head)
    got = _run('Headline\n\nThe remarks drew a rebuttal from the State Department, which said in a statement that Iran was "the obstacle."')
    assert got == [('Iran was "the obstacle."', "mixed", "the State Department")]


def test_someone_described_by_a_common_noun_no_list_holds() -> None:
    # '"...," said one marcher, a teacher named Reza.' gave "one"; '"...," one marcher said.' gave no speaker
    assert _run('Headline\n\n"America is the enemy," said one marcher, a teacher named Reza.') == [
        ("America is the enemy,", "direct", "one marcher")]
    assert _run('Headline\n\n"America is the enemy," one marcher said.') == [("America is the enemy,", "direct", "one marcher")]
    assert _run('Headline\n\n"America is the enemy," said a taxi driver in Tehran.') == [
        ("America is the enemy,", "direct", "a taxi driver")]


def test_a_list_of_offices_that_all_said() -> None:
    # "Iran's president, foreign minister and parliament speaker all said ..." was lost
    assert [w for _, _, w in _run("Headline\n\nIran's president, foreign minister and parliament speaker all said on Saturday "
                                  "that the United States would pay.")] == ["Iran's president, foreign minister and parliament speaker"]


def test_heard_saying_is_the_one_heard() -> None:
    # "Zarif could be heard saying that ..." was lost; '"...," Zarif was heard telling an interviewer.' gave the
    # interviewer as the speaker
    assert _run("Headline\n\nIn a leaked recording, Zarif could be heard saying that the Guards ruled.") == [
        ("the Guards ruled", "indirect", "Zarif")]
    assert _run('Headline\n\n"The battlefield rules," Zarif was heard telling an interviewer.') == [
        ("The battlefield rules,", "direct", "Zarif")]


def test_a_long_relative_aside_in_parentheses_before_the_verb() -> None:
    # 'Ayatollah Khamenei (who has called the United States "the Great Satan" for decades) said ...' was lost
    assert _run('Headline\n\nAyatollah Khamenei (who has called the United States "the Great Satan" for decades) said on Sunday '
                "that nothing had changed.") == [("nothing had changed", "indirect", "Ayatollah Khamenei")]


def test_according_to_a_name_with_a_relative_clause_in_its_description() -> None:
    # "According to X, a former adviser to Y who spoke to the Etemad newspaper, ..." began the clause at the description
    assert _run("Headline\n\nAccording to Hamid Aboutalebi, a former adviser to President Rouhani who spoke to the Etemad "
                "newspaper, the leader's words were aimed at a domestic audience.") == [
        ("the leader's words were aimed at a domestic audience", "indirect", "Hamid Aboutalebi")]


def test_what_the_speaker_held_up_is_the_narrators() -> None:
    # ", holding up a map of what he called ..." ran on in the statement
    got = _run('Headline\n\nNetanyahu told the assembly that Israel would "never allow" it, holding up a map of a "secret warehouse."')
    assert got == [('Israel would "never allow" it', "mixed", "Netanyahu")]


def test_a_renewed_call_for_is_a_stance_statement() -> None:
    # "Rouhani repeated his call for American forces to leave the region." was lost
    assert _run("Headline\n\nRouhani repeated his call for American forces to leave the region.") == [
        ("repeated his call for American forces to leave the region", "indirect", "Rouhani")]
    assert _run("Headline\n\nZarif renewed calls for talks.") == [("renewed calls for talks", "indirect", "Zarif")]


def test_interview_answers_labelled_with_the_interviewees_name() -> None:
    # "Q. ... / Iravani: We are ready ..." was lost: only "A:" labelled an answer
    text = ("Interview\n\nThe following interview has been edited.\n\nQ. Do you expect talks soon?\n\n"
            "Iravani: We are ready when the other side is ready.\n\nQ. And if not?\n\nIravani: Then we will go on.")
    assert _run(text) == [("We are ready when the other side is ready", "direct", "Iravani"),
                          ("Then we will go on", "direct", "Iravani")]


def test_quotations_signed_after_a_dash_in_a_list() -> None:
    # '\u2014 "..." \u2014 Name, title' paragraphs were lost
    text = ("What the negotiators said\n\nThe talks ended on Friday.\n\n"
            '\u2014 "We have made progress, but there is work to do." \u2014 Brett McGurk, White House coordinator\n\n'
            '\u2014 "The American side must show flexibility." \u2014 Ali Bagheri Kani')
    assert _run(text) == [("We have made progress, but there is work to do.", "direct", "Brett McGurk"),
                          ("The American side must show flexibility.", "direct", "Ali Bagheri Kani")]


def test_an_unnamed_source_close_to_someone_before_a_relative_clause() -> None:
    # "An Iranian official close to the negotiating team, who declined to be named, told Reuters" gave the team
    got = _run('Headline\n\nAn Iranian official close to the negotiating team, who declined to be named, told Reuters that '
               'Tehran had "received no serious offer."')
    assert [w for _, _, w in got] == ["An Iranian official close to the negotiating team"]


def test_with_one_saying_and_another_repeating_that() -> None:
    # "with Tehran saying A and Washington repeating that B" was one statement by Tehran; "repeated that" reported nothing
    got = _run('Headline\n\nThe two traded warnings, with Tehran saying it would not negotiate "under threat" and Washington '
               'repeating that "all options" remained on the table.')
    assert got == [('it would not negotiate "under threat"', "mixed", "Tehran"),
                   ('"all options" remained on the table', "mixed", "Washington")]
    assert _run("Headline\n\nTrump repeated that Iran would never have a bomb.") == [("Iran would never have a bomb", "indirect", "Trump")]
    assert _run("Headline\n\nThe Houthis repeated attacks on shipping.") == []


def test_underlining_that_is_a_statement_of_its_own_and_appreciated_a_stance() -> None:
    # ", underlining that X" ran on in the statement before it; "appreciated Muscat's role" was lost
    got = _run("Headline\n\nPezeshkian stressed that Iran will not hold talks under pressure, underlining that its dignity is not negotiable.")
    assert [t for t, _, _ in got] == ["Iran will not hold talks under pressure", "its dignity is not negotiable"]
    got = _run('Headline\n\nAraghchi, in a phone call with his Omani counterpart, appreciated Muscat\'s "constructive role."')
    assert got == [('appreciated Muscat\'s "constructive role."', "mixed", "Araghchi")]
    # "underlined the need for ..." stays a statement
    assert _run("Headline\n\nThe Leader underlined the need for strong defenses.") == [
        ("the need for strong defenses", "indirect", "The Leader")]


def test_and_a_described_speaker_said_ends_the_statement_before() -> None:
    # "Iran warned X that A would be 'a mistake,' and a senior lawmaker said B" was one statement by Iran
    got = _run("Headline\n\nIran warned Washington that an attack would be 'a mistake,' and a senior lawmaker said the "
               "country was ready.")
    assert got == [("an attack would be 'a mistake,'", "mixed", "Iran"), ("the country was ready", "indirect", "a senior lawmaker")]


def test_where_and_when_it_was_said_are_the_narrators() -> None:
    # ", speaking at the Oslo Forum" and ", as the agency's board opened its meeting" ran on in the statement
    assert _run("Headline\n\nAraghchi said the talks were useful, speaking at the Oslo Forum.") == [
        ("the talks were useful", "indirect", "Araghchi")]
    assert _run('Headline\n\nThe three said the expansion had "no justification," as the U.N. watchdog\'s board of governors '
                "opened its meeting.") == [('the expansion had "no justification,"', "mixed", "The three")]


def test_according_to_a_document_with_no_author_keeps_the_clause_subject() -> None:
    # "The two sides agreed to continue the talks, according to a joint statement." was lost; "according to a readout
    # of their call" gave the readout as the speaker; a document whose author is named keeps the author
    assert _run("Headline\n\nThe two sides agreed to continue the talks, according to a joint statement.") == [
        ("agreed to continue the talks", "indirect", "The two sides")]
    got = _run("Headline\n\nBiden and Netanyahu agreed on Tuesday to keep coordinating, according to a readout of their call.")
    assert got == [("agreed on Tuesday to keep coordinating", "indirect", "Biden and Netanyahu")]
    got = _run("Headline\n\nBiden and Netanyahu discussed Iran on Tuesday, according to a White House readout of the call.")
    assert [w for _, _, w in got] == ["a White House readout"]


def test_someone_described_by_a_common_noun_and_a_place_before_the_verb() -> None:
    # "A money changer near the bazaar said ..." was lost
    assert _run("Headline\n\nA money changer near the bazaar said the rial had gained 5 percent.") == [
        ("the rial had gained 5 percent", "indirect", "A money changer")]
    assert [w for _, _, w in _run("Headline\n\nShopkeepers in Tehran's Grand Bazaar said they hoped for a deal.")] == [
        "Shopkeepers in Tehran's Grand Bazaar"]


def test_a_sentence_with_no_full_stop_for_pages_is_cut_at_clause_breaks() -> None:
    # a scraped page with no full stops made one "sentence" of tens of thousands of characters, and the work per cue
    # grows with its sentence's length: such a run is cut into pieces at commas, never inside a quotation
    from stance.extract import _MAX_SENTENCE, _sentences

    quote = '"' + "we will talk, " * 60 + 'they said"'
    text = "Moscow urged calm, " * 300 + quote + " and " + "Moscow urged calm, " * 300 + "Lavrov said."
    inside = [(q.start, q.end) for q in find_quotes(text)]
    pieces = _sentences(text, 0, len(text), inside)
    assert len(pieces) > 3 and all(e - s <= _MAX_SENTENCE for s, e in pieces)
    q0 = text.index(quote)
    assert not any(q0 < e < q0 + len(quote) for _, e in pieces)  # no cut inside the quotation
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert len(extract_statements(Article(id="t", text="Headline\n\n" + text))) >= 3


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # who speaks after the colon: a name, a role, or a quotation then "X warns" (all were lost)
        ("US 'ready to talk' to Iran: envoy", [("US 'ready to talk' to Iran", "mixed", "envoy")]),
        ("No deal without guarantees: Araghchi", [("No deal without guarantees", "indirect", "Araghchi")]),
        ("'We will respond': Iran warns US", [("We will respond", "direct", "Iran")]),
        # a label before the colon, or words after it that name nobody, still give nothing
        ("Iran talks: what we know", []),
        ("Analysis: The road to Vienna", []),
        ("Iran talks: The Latest", []),
        ("Iran nuclear talks: Live Updates", []),
    ],
)
def test_a_headline_whose_speaker_comes_after_the_colon(headline: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run(headline + "\n\nThe story goes on without quotations.") == expected


def test_remarks_with_one_labelled_turn() -> None:
    # "Remarks by President X" over one "THE PRESIDENT:" turn was lost (a transcript needed two labelled turns); a label
    # alone in a text with no such title stays a headline's
    text = ("Remarks by the President on Iran\n\nTHE PRESIDENT: Good afternoon. We do not seek a wider war.\n\n"
            "But we will defend our people.")
    assert _run(text) == [("Good afternoon. We do not seek a wider war", "direct", "THE PRESIDENT"),
                          ("But we will defend our people", "direct", "THE PRESIDENT")]
    assert _run("Iran news\n\nTHE PRESIDENT: Good afternoon. We do not seek a wider war.") == []


def test_some_chanting_after_a_main_clause_is_no_split_attribution() -> None:
    # 'Thousands marched on Monday, some chanting "Death to America"' was read as 'X, he said, "..."' (one mixed statement
    # running from the sentence start)
    got = _run('Headline\n\nThousands of Iranians marched on Monday, some chanting "Death to America" and burning flags.')
    assert got == [("Death to America", "direct", "some")]


def test_a_headline_naming_the_kind_of_page_has_no_speaker() -> None:
    # "House of Commons debate: Iran" was a statement "House of Commons debate" by Iran (the form "No deal without
    # guarantees: Araghchi"), and 'Podcast transcript: "The Negotiators", episode 112' the title by "Podcast"
    body = "\n\nThe minister said the government wanted calm."
    assert [t for t, _, _ in _run("House of Commons debate: Iran" + body)] == ["the government wanted calm"]
    assert [t for t, _, _ in _run('Podcast transcript: "The Negotiators", episode 112' + body)] == ["the government wanted calm"]
    assert [t for t, _, _ in _run("Senate hearing: Iran" + body)] == ["the government wanted calm"]
    # (a claim, then who made it, is still one; and an interview's headline quotation)
    assert _run("No talks with US under pressure: Iran" + body)[0][0] == "No talks with US under pressure"
    assert _run("Interview: 'We want guarantees this time'" + body)[0][0] == "We want guarantees this time"


@pytest.mark.parametrize("text, expected", [
    ('Zarif told reporters on Jan. 4 that the talks had been "useful."', 'the talks had been "useful."'),
    ("Zarif said on Sept. 4 that the talks were over.", "the talks were over"),
    ("Zarif said on Sept. 4, 1979, that the talks were over.", "the talks were over"),
    ("Zarif said on Nov. 4 the talks were over.", "the talks were over"),
    ("Officials said the arms were sent by aides, including Lieut. Col. Oliver North, a Marine officer.",
     "the arms were sent by aides, including Lieut. Col. Oliver North, a Marine officer"),
])
def test_a_dates_abbreviated_month_ends_no_clause(text: str, expected: str) -> None:
    # AP style abbreviates months in dates: "said on Sept. 4 that ..." gave nothing (the dot read as a sentence's
    # end between the verb and "that"), and "Lieut." cut a span
    assert [t for t, _, _ in _run("Headline\n\n" + text)] == [expected]


@pytest.mark.parametrize("tail", [
    " on Monday, ahead of a fifth round of talks mediated by Oman",
    ", ahead of a fifth round of talks",
    " on Monday, two days before talks in Oman",
    ", on the sidelines of a summit",
    ", a day after talks in Oman",
])
def test_a_wire_lead_with_a_time_phrase_after_its_attribution(tail: str) -> None:
    # Reuters' lead "..., spokesman X said on Monday, ahead of a fifth round of talks." gave nothing
    text = f"Headline\n\nIran will not abandon enrichment, Foreign Ministry spokesman Esmaeil Baghaei said{tail}."
    assert [(t, m) for t, m, _ in _run(text)] == [("Iran will not abandon enrichment", "indirect")]


def test_a_senators_party_tag_before_a_relative_clause_is_not_the_speaker() -> None:
    # "Sen. Dianne Feinstein, D-Calif., who chairs the Intelligence Committee, said": the speaker was "D-Calif"
    got = _run("Headline\n\nSen. Dianne Feinstein, D-Calif., who chairs the Intelligence Committee, said she welcomed the call.")
    assert got == [("she welcomed the call", "indirect", "Sen. Dianne Feinstein")]
    got = _run("Headline\n\nSen. Daniel Moynihan, D-N.Y., who leads the panel, said he was dismayed.")
    assert got[0][2] == "Sen. Daniel Moynihan"


def test_a_participle_after_a_reported_clause_goes_on_from_the_speaker() -> None:
    # "Spokesman X said Washington hoped for calm, adding that the US was ready": "adding" took the subject of the
    # verb inside what was said ("Washington"), and the speaker became the United States
    got = _run("Headline\n\nSpokesman Brian Hughes said Washington hoped for calm, adding that the administration was ready.")
    assert got == [("Washington hoped for calm", "indirect", "Spokesman Brian Hughes"),
                   ("the administration was ready", "indirect", "Spokesman Brian Hughes")]


@pytest.mark.parametrize("headline, expected", [
    ("U.S. sanctions Iranian oil network; Tehran calls move 'illegal'", "calls move 'illegal'"),
    ("Iran's Pezeshkian calls Trump's remarks 'contradictory'", "calls Trump's remarks 'contradictory'"),
    ("Iran and US hold first round in Muscat as Araghchi calls meeting \u2018a good start\u2019", "calls meeting \u2018a good start\u2019"),
    ("Khamenei calls the talks 'a trap'", "calls the talks 'a trap'"),
])
def test_calls_with_a_headlines_single_quotation_marks(headline: str, expected: str) -> None:
    # headlines quote with single marks; "calls X 'a good start'" was found only with double ones
    assert [t for t, _, _ in _run(headline + "\n\nThe two sides met for three hours.")] == [expected]


@pytest.mark.parametrize("item, expected", [
    ('\u2022 "Neither side came here for theatre," Araghchi said.', ("Neither side came here for theatre,", "direct")),
    ('* "We are ready," Baghaei said.', ("We are ready,", "direct")),
    ('\u2022 The strike was "a terrorist act," Zarif said.', ('The strike was "a terrorist act,"', "mixed")),
])
def test_a_list_items_bullet_is_not_part_of_the_statement(item: str, expected: tuple[str, str]) -> None:
    # explainers' key points: '• "...," Araghchi said.' was a mixed statement starting at the bullet
    assert [(t, m) for t, m, _ in _run("Headline\n\nKey points:\n\n" + item)] == [expected]


def test_said_only_comma_then_a_quotation() -> None:
    # 'Shultz, asked whether he would resign, said only, "..."' gave nothing: an adverb between the verb and the comma
    got = _run('Headline\n\nShultz, asked whether he would resign, said only, "I serve at the pleasure of the president."')
    assert got == [("I serve at the pleasure of the president.", "direct", "Shultz")]
    assert _run('Headline\n\nThe minister said flatly, "There will be no talks."')[0][:2] == ("There will be no talks.", "direct")


def test_a_demonstrative_that_after_a_preposition_is_not_the_clauses_that() -> None:
    # "told reporters after that meeting that ...": the span began at "meeting that"
    got = _run('Headline\n\nZarif told reporters after that meeting that the atmosphere had been "very businesslike."')
    assert got[0][:2] == ('the atmosphere had been "very businesslike."', "mixed")
    assert _run("Headline\n\nZarif said after that meeting that the talks had gone well.")[0][0] == "the talks had gone well"


def test_a_participle_after_an_outlets_source_tail_goes_on_from_the_speaker() -> None:
    # Xinhua style: 'X said the session had been "constructive," IRNA reported, adding that ...' gave the second
    # statement to IRNA, the source
    got = _run('Headline\n\nAraghchi said the session had been "constructive," IRNA reported, adding that two groups would be formed.')
    assert [(t, who) for t, _, who in got] == [('the session had been "constructive,"', "Araghchi"),
                                               ("two groups would be formed", "Araghchi")]


def test_old_ap_datelines_with_an_underscore_for_a_dash() -> None:
    # 1980s AP copy: "NICOSIA, Cyprus (AP) _ Tehran Radio, monitored here, said": the speaker was "NICOSIA", and
    # "WASHINGTON (AP) _" stayed in a span
    got = _run('Headline\n\nNICOSIA, Cyprus (AP) _ Tehran Radio, monitored here, said the attack was "a savage crime."')
    assert got == [('the attack was "a savage crime."', "mixed", "Tehran Radio")]
    got = _run("Headline\n\nWASHINGTON (AP) _ The cruiser shot down an Iranian jetliner, the Pentagon said.")
    assert got[0][0] == "The cruiser shot down an Iranian jetliner"


def test_a_radio_station_is_a_speaker() -> None:
    # "Iranian state radio said" was cut to "Iranian state"; "State radio said" gave nothing
    assert _run("Headline\n\nIranian state radio said the attack was a crime.")[0][2] == "Iranian state radio"
    assert _run("Headline\n\nIsraeli army radio said the attack was a crime.")[0][2] == "Israeli army radio"


@pytest.mark.parametrize("text, expected", [
    ('According to Ryabkov, Russia maintains "intensive contacts" with Tehran.',
     [('Russia maintains "intensive contacts" with Tehran', "mixed", "Ryabkov")]),
    ("Iran has refused to meet the Americans as long as Washington maintains its sanctions.", []),
    ("Iran maintained that its program was peaceful.", [("its program was peaceful", "indirect", "Iran")]),
    ("Iran maintains its program is peaceful.", [("its program is peaceful", "indirect", "Iran")]),
])
def test_maintains_reports_only_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "maintains contacts", "maintains its sanctions": to keep, not to say (the state was the speaker of "its sanctions")
    assert _run("Headline\n\n" + text) == expected


def test_a_source_described_without_a_name_and_that_person_after_it() -> None:
    # "According to one person briefed on the talks, ..." and "That person said ..." gave nothing (a described
    # source needed a capitalised word; "That" was read as a complementizer)
    got = _run("Headline\n\nAccording to one person briefed on the talks, the negotiators have drafted a formula. "
               "That person said the Iranians had not yet said no.")
    assert got == [("the negotiators have drafted a formula", "indirect", "one person briefed on the talks"),
                   ("the Iranians had not yet said no", "indirect", "That person")]


def test_a_background_briefings_numbered_official_labels_are_turns() -> None:
    # "SENIOR STATE DEPARTMENT OFFICIAL ONE: ..." was too long a label: every turn was lost and the operator's
    # "Ladies and gentlemen, thank you ..." became a statement by "Ladies"
    text = ("Background Briefing\n\nOPERATOR: Ladies and gentlemen, thank you for standing by. Please go ahead.\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL ONE: Thanks, everyone. We have made progress over the past few days.\n\n"
            "QUESTION: Is the P5+1 united?\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL TWO: The P5+1 is very much united.")
    got = _run(text)
    assert [(t, who) for t, _, who in got] == [
        ("Thanks, everyone. We have made progress over the past few days", "SENIOR STATE DEPARTMENT OFFICIAL ONE"),
        ("The P5+1 is very much united", "SENIOR STATE DEPARTMENT OFFICIAL TWO")]


def test_white_house_transcripts_questions_and_closing_lines() -> None:
    # whitehouse.gov marks a question "Q " with no colon: each became the press secretary's words, as did
    # "END 1:41 P.M. EDT" and "(The briefing was concluded at ...)"
    text = ("Press Briefing by Press Secretary Karoline Leavitt\n\nMS. LEAVITT: Good afternoon, everybody. Thank you for being here.\n\n"
            "Q But is there going to be a resumption of talks?\n\nMS. LEAVITT: The conversations are ongoing.\n\n"
            "Q Is there going to be an investigation?\n\nMS. LEAVITT: We will see what happens.\n\n"
            "(The briefing was concluded at 1:41 p.m.)\n\nEND 1:41 P.M. EDT")
    assert [t for t, _, _ in _run(text)] == ["Good afternoon, everybody. Thank you for being here",
                                             "The conversations are ongoing", "We will see what happens"]


def test_a_magazine_interview_with_mixed_case_labels() -> None:
    # "SPIEGEL: ..." asked (it was a statement by SPIEGEL, and every "Ahmadinejad: ..." answer after one that did not
    # end in "?" went on as SPIEGEL's, label and all)
    text = ("SPIEGEL Interview with Mahmoud Ahmadinejad\n\n"
            "SPIEGEL: Mr. President, you wrote a letter to President Bush. Have you received an answer?\n\n"
            "Ahmadinejad: No answer has come. Perhaps he is still reading it.\n\n"
            "SPIEGEL: Secretary Rice called the letter a distraction.\n\n"
            "Ahmadinejad: The Americans are used to giving orders, not to receiving letters.\n\n"
            "SPIEGEL: Mr. President, thank you for this interview.")
    assert [(t, who) for t, _, who in _run(text)] == [
        ("No answer has come. Perhaps he is still reading it", "Ahmadinejad"),
        # (an official the interviewer's turn reports speaks: "Secretary Rice called the letter a distraction")
        ("called the letter a distraction", "Secretary Rice"),
        ("The Americans are used to giving orders, not to receiving letters", "Ahmadinejad")]
    # ('Said Zarif: "..."' twice is no label)
    got = _run('Said Zarif: "We have done our part"\n\nVIENNA -- The talks entered their final week.\n\n'
               'Said Zarif: "We have done our part. Now it is the other side\'s turn."')
    assert [t for t, _, _ in got] == ["We have done our part", "We have done our part. Now it is the other side's turn."]


def test_a_podcasts_narrator_and_host_and_a_parliaments_labels() -> None:
    # the narrator is the journalist; "HOST (Maya Feld):" asks, and so do her later "FELD:" turns
    text = ("Podcast transcript: episode 112\n\nNARRATOR: In 2013, a small team of diplomats flew to Oman.\n\n"
            "JAKE SULLIVAN: We did not know whether the Iranians would show up.\n\n"
            "HOST (Maya Feld): What did they tell you?\n\nSULLIVAN: That they would be finished if it failed.\n\n"
            "FELD: And did you believe them?\n\nSULLIVAN: I believed that they believed it.")
    assert [who for _, _, who in _run(text)] == ["JAKE SULLIVAN", "SULLIVAN", "SULLIVAN"]
    # Hansard: "Emily Thornberry (Islington South and Finsbury) (Lab): ..." and "The Secretary of State for Foreign
    # Affairs (Dominic Raab): ..." are turns of their own (the second went on as the first speaker's)
    text = ("House of Commons debate: Iran\n\nThe Secretary of State for Foreign Affairs (Dominic Raab): Our priority is to "
            "de-escalate tensions in the region.\n\nEmily Thornberry (Islington South and Finsbury) (Lab): Were the Government "
            "given any warning by Washington?\n\nDominic Raab: We were not given advance notice.")
    assert [(t, who) for t, _, who in _run(text)] == [
        ("Our priority is to de-escalate tensions in the region", "Dominic Raab"),
        ("Were the Government given any warning by Washington?", "Emily Thornberry"),
        ("We were not given advance notice", "Dominic Raab")]


def test_a_photo_captions_quotation_is_no_ones() -> None:
    text = ('Headline\n\nPhoto caption: Former US ambassador Thomas Pickering (left) and Seyed Hossein Mousavian in Berlin: '
            '"There is still time for diplomacy."')
    assert _run(text) == []


@pytest.mark.parametrize("text, expected", [
    # "told his cabinet Israel was not bound by it": the clause after a possessive object, without "that"
    ("Netanyahu denounced the agreement. He told his cabinet Israel was not bound by it.",
     [("denounced the agreement", "indirect", "Netanyahu"), ("Israel was not bound by it", "indirect", "He")]),
    # "..., a reporter pointed out.": an attribution after the clause; "had said nothing about" reports no words
    ("Ms. Gabbard had said nothing about Iraq, a reporter pointed out.",
     [("Ms. Gabbard had said nothing about Iraq", "indirect", "a reporter")]),
    ("Araghchi said nothing had changed.", [("nothing had changed", "indirect", "Araghchi")]),
])
def test_told_his_cabinet_pointed_out_and_said_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\n" + text) == expected


def test_a_second_speaker_with_a_party_tag_ends_the_first_span() -> None:
    # '... called the policy "a serious blunder," and Sen. Daniel Moynihan, D-N.Y., said ...': the senator's name and
    # tag ran on inside Byrd's span
    got = _run('Headline\n\nSenate Democratic leader Robert Byrd called the policy "a serious blunder," and Sen. Daniel '
               "Moynihan, D-N.Y., said he was dismayed by the decision.")
    assert [t for t, _, _ in got] == ['called the policy "a serious blunder,"', "he was dismayed by the decision"]


def test_german_quotation_marks_and_an_opening_adverb() -> None:
    # „...“ (the closer is the English opener): nothing was found; "Afterwards, the EU coordinator, X, said" had the
    # speaker "Afterwards"
    got = _run("Headline\n\n\u201eThis is a sad day for the trust between allies,\u201c Merkel said in Berlin.")
    assert got == [("This is a sad day for the trust between allies,", "direct", "Merkel")]
    got = _run("Headline\n\nMerkel urged the United States \u201enot to obstruct\u201c the deal.")
    assert got == [("urged the United States \u201enot to obstruct\u201c the deal", "mixed", "Merkel")]
    assert _run("Headline\n\nAfterwards, the EU coordinator, Enrique Mora, said the talks were useful.")[0][2] == "Enrique Mora"


def test_a_press_releases_statement_body_without_quotation_marks() -> None:
    # "Today, Secretary of State Marco Rubio issued the following statement:" and its unquoted paragraphs: three of
    # four were lost and the first was "the United States" welcoming
    text = ("STATEMENT BY SECRETARY OF STATE MARCO RUBIO\n\n"
            "WASHINGTON \u2014 Today, Secretary of State Marco Rubio issued the following statement:\n\n"
            "The United States welcomes the reimposition of sanctions on Iran.\n\n"
            "We remain open to diplomacy, but a deal requires a partner willing to make one.\n\n###\n\n"
            "Iran's foreign ministry said the move was illegal.")
    got = _run(text)
    assert [(t, m, who) for t, m, who in got[:2]] == [
        ("The United States welcomes the reimposition of sanctions on Iran", "direct", "Secretary of State Marco Rubio"),
        ("We remain open to diplomacy, but a deal requires a partner willing to make one", "direct", "Secretary of State Marco Rubio")]
    assert got[2][2] == "Iran's foreign ministry"


def test_an_embedded_post_card_with_its_handle_and_date_lines() -> None:
    # a scraped page's post card: "Javad Zarif (@JZarif)" / "@khamenei_ir", the text, the date line; it was lost
    # ("The U.S. says: negotiate with us" even gave the United States a statement)
    text = ("Headline\n\nThe minister posted on Sunday.\n\nJavad Zarif (@JZarif)\nThe age of US troops in our region is "
            "coming to a close.\nJan 5, 2020\n\n@khamenei_ir\nThe U.S. says: negotiate with us. But they mean: accept "
            "what we dictate.\n10:12 AM \u00b7 Feb 1, 2026\n\nOfficials in Washington did not respond.")
    got = _run(text)
    assert [(t, m, who) for t, m, who in got] == [
        ("The age of US troops in our region is coming to a close", "direct", "Javad Zarif"),
        ("The U.S. says: negotiate with us. But they mean: accept what we dictate", "direct", "khamenei_ir")]


def test_a_relative_clauses_object_is_not_the_speaker() -> None:
    # "A European diplomat who has met several times with Mr. Ghotbzadeh said ...": the speaker was Ghotbzadeh
    got = _run("Headline\n\nA European diplomat who has met several times with Mr. Ghotbzadeh said the minister wanted this over.")
    assert got == [("the minister wanted this over", "indirect", "A European diplomat")]


@pytest.mark.parametrize("text, expected", [
    ("Khamenei brushes off Bush 'axis of evil' speech as bluster\n\nBody.", "brushes off Bush 'axis of evil' speech as bluster"),
    ("Headline\n\nIn a speech in June 1998, Albright invited Tehran to work out a path toward normal relations.",
     "invited Tehran to work out a path toward normal relations"),
])
def test_brushes_off_and_invited_tehran_to(text: str, expected: str) -> None:
    # a headline's present tense "brushes off" and an invitation to the other side were no statements
    assert [t for t, _, _ in _run(text)] == [expected]


def test_was_quoted_as_saying_after_a_title_and_its_name() -> None:
    # "The Foreign Minister, Sadegh Ghotbzadeh, was quoted by ... as saying": the mention was the title alone (which
    # the speakers stage then gave to the US secretary of state named before)
    got = _run('Headline\n\nThe Foreign Minister, Sadegh Ghotbzadeh, was quoted by the Pars news agency as saying that the '
               'militants "will obey the Imam."')
    assert got == [('the militants "will obey the Imam."', "mixed", "Sadegh Ghotbzadeh")]


def test_a_british_single_quoted_quotation_over_two_paragraphs() -> None:
    # the first paragraph's quotation is left open and the next opens with the same mark: it was lost, and the second
    # paragraph went to the next speaker named
    text = ("Headline\n\nGuy Platten, the secretary-general of the shipping chamber, said: 'Crews are not bargaining chips.\n\n"
            "'These are seafarers doing their jobs. They must be released.'\n\nEmily Thornberry said the government had been caught napping.")
    got = _run(text)
    assert [(m, who) for _, m, who in got] == [("direct", "Guy Platten"), ("indirect", "Emily Thornberry")]
    assert got[0][0].startswith("Crews are not bargaining chips.") and got[0][0].endswith("They must be released.")


def test_european_quotations_after_a_sentence_and_padded_guillemets() -> None:
    # a quotation opening with a guillemet or a German low mark after ". " started no sentence: the indirect clause before
    # ran on into it ("he said" inside the span) or the quotation was lost; French marks' no-break spaces stayed in spans
    got = _run("Headline\n\nZarif said Iran had obtained recognition of its enrichment programme. \u00abOur centrifuges will keep "
               "spinning,\u00bb he said.")
    assert [(t, m) for t, m, _ in got] == [("Iran had obtained recognition of its enrichment programme", "indirect"),
                                           ("Our centrifuges will keep spinning,", "direct")]
    got = _run("Headline\n\nLe Drian spoke on the radio. \u00ab\u00a0We are in a dangerous situation,\u00a0\u00bb he said.")
    assert got == [("We are in a dangerous situation,", "direct", "he")]


def test_said_then_a_lower_case_title_then_the_name() -> None:
    # '"...," said chamber president Thomas Kaegi. "..."': the first half was lost and the second had no speaker
    got = _run('Headline\n\n"Swiss companies have a good name in Iran," said chamber president Thomas Kaegi. '
               '"That is capital we should not waste."')
    assert [(m, who) for _, m, who in got] == [("direct", "chamber president Thomas Kaegi")]


@pytest.mark.parametrize("text, expected", [
    # a longer possessive object of "called" before its quotation (it was lost)
    ('Trump called Iran\'s downing of an American surveillance drone "a dumb thing to do," but he suggested it was a mistake.',
     ['called Iran\'s downing of an American surveillance drone "a dumb thing to do,"', "it was a mistake"]),
    # ", and she thanked ...": a second speech act of the same speaker, its own statement
    ('Thomas-Greenfield said the result sent "a message," and she thanked the countries that had voted yes.',
     ['the result sent "a message,"', "thanked the countries that had voted yes"]),
])
def test_a_longer_object_of_called_and_a_second_act_after_and_she(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _run("Headline\n\n" + text)] == expected


def test_a_headlines_as_clause_with_pushes_is_the_narrators() -> None:
    assert _run("Iran says it will never give up enrichment as US pushes for zero\n\nBody.")[0][0] == "it will never give up enrichment"


@pytest.mark.parametrize("text, expected", [
    ('A spokesperson said the company "has a strict policy against sanctions risk," and declined to comment further.',
     'the company "has a strict policy against sanctions risk,"'),
    ('Iravani told the council that Tehran "reserves the right to respond," without mentioning the strait.',
     'Tehran "reserves the right to respond,"'),
    ('Barnea said on Thursday that the agency would "keep its eyes open," in his first public remarks since the war.',
     'the agency would "keep its eyes open,"'),
    ("Sa'ar urged European ambassadors to trigger UN sanctions, as Jerusalem watches US-Iran contacts with concern.",
     "urged European ambassadors to trigger UN sanctions"),
])
def test_the_narrators_tail_after_a_statement(text: str, expected: str) -> None:
    # ", and declined to comment further", ", without mentioning ...", ", in his first public remarks since ...", ", as
    # Jerusalem watches ...": the reporter's words stayed in the span
    assert _run("Headline\n\n" + text)[0][0] == expected


def test_a_second_described_speaker_after_and_ends_the_first_statement() -> None:
    # ", and the supreme leader, Ayatollah Ali Khamenei, has said ..." and ", and a foreign ministry spokesman last year
    # called ...": the first statement ran on over the second speaker's words
    got = _run('Headline\n\nAraghchi warned that his country "will respond," and the supreme leader, Ayatollah Ali Khamenei, has '
               'said Iran will never again negotiate "under the shadow of bombs."')
    assert [(t, who) for t, _, who in got] == [('his country "will respond,"', "Araghchi"),
                                               ('Iran will never again negotiate "under the shadow of bombs."', "Ayatollah Ali Khamenei")]
    got = _run('Headline\n\nTehran has denied conducting surveillance in the U.S., and a foreign ministry spokesman last year called '
               'the allegations "Hollywood fiction."')
    assert [who for _, _, who in got] == ["Tehran", "a foreign ministry spokesman"]


@pytest.mark.parametrize("text, expected", [
    # "told senators the operation was ...": senators as the object (only "reporters" and the like were)
    ('Rubio told senators the operation was "limited, defensive and complete."',
     [('the operation was "limited, defensive and complete."', "mixed", "Rubio")]),
    # "..., federal prosecutors said.": an adjective before the group hid it
    ("A businessman was arrested on charges that he helped funnel parts to Iran, federal prosecutors said.",
     [("A businessman was arrested on charges that he helped funnel parts to Iran", "indirect", "federal prosecutors")]),
    # "said quietly that ...": the adverb is no part of the statement
    ("Golnaz, a pharmacist, said quietly that she hoped the talks would work.",
     [("she hoped the talks would work", "indirect", "Golnaz")]),
])
def test_us_domestic_coverage_attributions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\n" + text) == expected


def test_a_vox_pops_split_quotation_with_who_asked_that_her_name_not_be_used() -> None:
    # the "asked that" in the speaker's description read as a second verb of saying: the two halves came apart
    text = ('Headline\n\n"I called my mother at 4 in the morning," said Maryam, 34, a dentist who asked that her last name not '
            'be used because she still travels to Iran. "Those two hours were the longest of my life."')
    got = _run(text)
    assert len(got) == 1 and got[0][0].startswith("I called my mother") and got[0][0].endswith("the longest of my life.")


def test_voted_no_ends_a_sentence() -> None:
    # "voted no. Asked whether ..." ran on as one sentence ("no." read as "No. 2")
    got = _run('Headline\n\nSen. Lisa Murkowski voted no. Asked whether she might support a narrower measure, she said, "I am not '
               'closing that door."')
    assert [(t, m) for t, m, _ in got] == [("I am not closing that door.", "direct")]
    assert _run("Headline\n\nThe No. 2 official said the talks were over.")[0][2] == "The No. 2 official"


def test_an_outlets_report_of_what_someone_told_others() -> None:
    # "Israel Hayom reported that Araghchi had told a delegation that ...": the outlet's statement, with the inner
    # attribution inside its span; the minister's words are the statement, the outlet its source
    got = _run('Headline\n\nIsrael Hayom reported that Iranian Foreign Minister Abbas Araghchi had told a visiting European delegation '
               'that Iran would not resume talks "until it receives guarantees."')
    assert got == [('Iran would not resume talks "until it receives guarantees."', "mixed", "Iranian Foreign Minister Abbas Araghchi")]
    assert _run("Headline\n\nAxios reported that the talks had stalled.") == [("the talks had stalled", "indirect", "Axios")]


def test_someones_counterpart_then_the_name_is_the_name() -> None:
    # "Mr. Araghchi's U.S. counterpart, special envoy Steve Witkoff, has described ...": the description was the speaker
    got = _run("Headline\n\nMr. Araghchi's U.S. counterpart, special envoy Steve Witkoff, has described the talks as \"productive.\"")
    assert got[0][2] == "special envoy Steve Witkoff"


def test_but_noted_after_a_reported_clause_goes_on_from_the_speaker() -> None:
    # 'Rubin said the administration welcomed "..." but noted that "tone is not policy."': "noted" took the subject of the
    # verb inside what Rubin said (the administration, then the United States)
    got = _run('Headline\n\nSpokesman James P. Rubin said the administration welcomed "the tone of the remarks" but noted that '
               '"tone is not policy."')
    assert [who for _, _, who in got] == ["Spokesman James P. Rubin"] * 2


@pytest.mark.parametrize("text", [
    "Iranian shipments averaged 1.5 million barrels a day, according to tanker-tracking data compiled by Bloomberg, suggesting "
    "enforcement has limits.",
    "Not everyone in Tehran welcomes the talks.",
])
def test_the_narrators_inference_and_summary_are_no_statements(text: str) -> None:
    # they gave "Iranian" and "Iran" statements
    assert _run("Headline\n\n" + text) == []


def test_a_second_headline_after_a_semicolon_in_label_form() -> None:
    # "IDF says it struck ... overnight; Huckabee: US 'not at war'": the second part was lost
    got = _run("IDF says it struck Iranian missile launchers overnight; Huckabee: US 'not at war'\n\nBody.")
    assert [(t, who) for t, _, who in got] == [("it struck Iranian missile launchers overnight", "IDF"), ("US 'not at war'", "Huckabee")]


def test_the_phrase_trie_matches_as_the_flat_alternation_does() -> None:
    # the cue phrases are one regex built as a trie of their words (twice as fast); it must find what the flat
    # alternation, longest phrase first, found
    import re

    from stance import extract as ex

    phrases = list(ex.REPORT_PHRASES) + list(ex.STANCE_PHRASES)
    flat = re.compile(r"\b(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
    text = " ".join(f"X {p} Y. {p.upper()}\n{p.split()[0]} Z, {p}s {p}" for p in phrases)
    assert [m.span(1) for m in ex._PHRASE_RE.finditer(text)] == [m.span(1) for m in flat.finditer(text)]
    assert len(list(ex._PHRASE_RE.finditer(text))) > len(phrases)


def test_an_explainers_q_and_a_answers_are_the_writers_with_officials_quoted_inside() -> None:
    # "Q. What happened? / A. ..." in a newsroom explainer: each answer was one direct statement with no speaker, and the
    # officials quoted in it were lost; an interview (named as one before its first question) keeps its answers
    text = ("What snapback means for Iran\n\nU.N. sanctions on Iran returned overnight.\n\nQ. What happened?\n\n"
            "A. Sanctions were restored at midnight.\n\nQ. How did Iran respond?\n\nA. Angrily. Foreign Minister Abbas Araghchi "
            "called the move \"without any standing in law\" and said Iran would not recognize it.")
    assert [(t, who) for t, _, who in _run(text)] == [
        ('called the move "without any standing in law"', "Foreign Minister Abbas Araghchi"),
        ("Iran would not recognize it", "Foreign Minister Abbas Araghchi")]
    text = ("Interview\n\nThe envoy spoke to us in his office.\n\nQ. Where are we?\n\nA. We're in a better place than people think.")
    assert [t for t, _, _ in _run(text)] == ["We're in a better place than people think"]


def test_a_tv_transcripts_anchors_and_correspondents_narrate() -> None:
    # "WOLF BLITZER, CNN ANCHOR:" and the correspondents' turns were the journalists' statements (the anchor named "I'm Wolf
    # Blitzer"); the officials they quote were lost, and "NAME, TITLE (through translator):" was no turn label
    text = ("CNN THE SITUATION ROOM\n\nWOLF BLITZER, CNN ANCHOR: I'm Wolf Blitzer. Let's go to Barbara Starr.\n\n"
            "BARBARA STARR, CNN PENTAGON CORRESPONDENT: The Pentagon, in a statement, said it was \"taking all necessary "
            "measures.\"\n\nBLITZER: Congressman, thank you very much.\n\nSTARR: He has been briefed.\n\n"
            "ABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER (through translator): The aggressor has been answered.\n\n"
            "BLITZER: Minister, welcome to the program.")
    got = _run(text)
    assert [(t, who) for t, _, who in got] == [('it was "taking all necessary measures."', "The Pentagon"),
                                               ("The aggressor has been answered", "ABBAS ARAGHCHI")]


def test_a_newsletters_run_in_subheads_are_no_speakers() -> None:
    # "ON THE HILL: ...", "TEHRAN'S VERSION: ..." (two or more) made a transcript of the newsletter, each paragraph a
    # statement by its subhead; "Good morning and welcome to ..." was a statement by "Good"
    text = ("National Security Daily: Trump's reversal\n\nGood morning and welcome to National Security Daily.\n\n"
            "TEHRAN'S VERSION: General Amirali Hajizadeh told Iranian media that his unit had chosen not to fire.\n\n"
            "ON THE HILL: House Speaker Nancy Pelosi told reporters that the administration \"must not go to war.\"\n\n"
            "WHAT WE'RE WATCHING: Whether the sanctions will bite.")
    got = _run(text)
    assert [who for _, _, who in got] == ["General Amirali Hajizadeh", "House Speaker Nancy Pelosi"]


@pytest.mark.parametrize("text, expected", [
    # NGO coverage: "The group said", "The London-based rights group said" had no subject; "said at least 12 people had been
    # executed" read "at least" as a place phrase and gave nothing
    ("The London-based rights group said the trials were unfair.", [("the trials were unfair", "indirect", "The London-based rights group")]),
    ("Amnesty International said at least 12 people had been executed.",
     [("at least 12 people had been executed", "indirect", "Amnesty International")]),
])
def test_rights_groups_and_at_least(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Theresa May said" read "May" as the month or the modal: nothing was found
    ("Theresa May said the deal was good.", [("the deal was good", "indirect", "Theresa May")]),
    ("Merkel, Macron and Theresa May urged the United States to keep the deal.",
     [("urged the United States to keep the deal", "indirect", "Merkel, Macron and Theresa May")]),
    # ("Iran may say ..." is still hypothetical, and "A cable sent on Aug. 17 said" names no speaker: not "Aug. 17")
    ("Iran may say the talks are over.", []),
    ("A cable sent on Aug. 17 said the shah was wavering.", []),
])
def test_theresa_may_and_abbreviated_dates_before_the_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a crowd's chant after a leader's words was the second half of his split quotation
    ('"The enemy smiles while it sharpens its knife," Khamenei told worshippers, who chanted "Death to America."',
     [("The enemy smiles while it sharpens its knife,", "direct", "Khamenei"), ("Death to America.", "direct", "worshippers")]),
    ('"This is dictation," he said, as the audience chanted "Death to America."',
     [("This is dictation,", "direct", "he"), ("Death to America.", "direct", "the audience")]),
])
def test_a_crowds_chant_after_a_leaders_words_is_the_crowds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\nKhamenei spoke for an hour. " + text) == expected


def test_an_official_a_reporters_question_reports_speaks() -> None:
    # "QUESTION: Foreign Minister Amir-Abdollahian said this morning that the ball is in Washington's court. ..." was
    # dropped with the question; the question itself stays no one's statement
    text = ("Department Press Briefing\n\nMR PRICE: Good afternoon, everyone.\n\nQUESTION: Foreign Minister Amir-Abdollahian said "
            "this morning that the ball is in Washington's court. Is it?\n\nMR PRICE: We have made our position clear.")
    assert [(t, who) for t, _, who in _run(text)] == [("Good afternoon, everyone", "MR PRICE"),
                                                      ("the ball is in Washington's court", "Foreign Minister Amir-Abdollahian"),
                                                      ("We have made our position clear", "MR PRICE")]


def test_a_live_blogs_time_stamp_with_no_dash_is_not_part_of_the_speaker() -> None:
    # "08:00 Saudi Arabia's foreign ministry condemns ..." gave the speaker "00 Saudi Arabia's foreign ministry"
    text = ("Live: strikes on Iran\n\n08:00 Saudi Arabia's foreign ministry condemns \"the blatant aggression.\"\n\n"
            "08:45 The IAEA says Natanz has been hit.")
    assert [who for _, _, who in _run(text)] == ["Saudi Arabia's foreign ministry", "The IAEA"]


@pytest.mark.parametrize("text, expected", [
    ('Witkoff described the talks as "direct and respectful," a phrase that state media repeated for days.',
     'described the talks as "direct and respectful,"'),
    ('Zarif called the envoy "a serious man," which, coming from him, was praise.', 'called the envoy "a serious man,"'),
    ('Trump said he would meet Rouhani "without conditions," a prospect that alarmed his aides.',
     'he would meet Rouhani "without conditions,"'),
])
def test_the_writers_comment_after_a_quotation_ends_the_statement(text: str, expected: str) -> None:
    assert _run("Headline\n\n" + text)[0][0] == expected


def test_a_surname_ending_in_ing_is_no_abstract_noun() -> None:
    # "Kevin Hermening ... Hermening, the youngest of the hostages, said ...": read as an abstract noun ("Tensions")
    got = _run("Headline\n\nKevin Hermening was 20 when he was taken. Hermening, the youngest of the hostages, said the "
               "anniversary still hurt.")
    assert got == [("the anniversary still hurt", "indirect", "Hermening")]
    assert _run("Headline\n\nTensions threatened to derail the talks.") == []


@pytest.mark.parametrize("text, expected", [
    # a memoir's or a column's "writes that" in the body (only headlines counted "writes"), and "told me" (a profile's
    # writer) with no "that"
    ("He writes that the talks were a test of patience.", [("the talks were a test of patience", "indirect", "He")]),
    ('Zarif told me the deal was "the best we could get."', [('the deal was "the best we could get."', "mixed", "Zarif")]),
    ("He writes a column every week.", []),
])
def test_writes_that_and_told_me(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _run("Headline\n\n" + text) == expected
