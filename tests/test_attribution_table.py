"""Table-driven attribution tests: one short text per row, and what a careful
human annotator would mark in it.

Every text here was written for this project. A row's expectation gives the
exact number of statements (``n``, when the text leaves no doubt), and for
each expected statement a spec (see ``attribution_checks``): a distinctive
substring of its content, its kind, the speaker mention as written and the
actor it resolves to. ``same``/``differ`` name pairs of statements (by their
content substrings) whose actors must be the same / different; ``notice``
asks for at least one Notice (an unbalanced quotation mark).

The texts are analysed once, together, by ``analyze_many``.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimgraph
from attribution_checks import SPEC_FIELDS, best_match, describe, describe_all
from claimgraph import Analysis


def S(has: str, **spec: Any) -> dict[str, Any]:
    """One expected statement."""
    return {"has": has, **spec}


Pairs = tuple[tuple[str, str], ...]


def E(*statements: dict[str, Any], n: int | None = None, notice: bool = False,
      same: Pairs = (), differ: Pairs = ()) -> dict[str, Any]:
    """What a row's text should yield."""
    return {"st": list(statements), "n": n, "notice": notice, "same": same, "differ": differ}


NONE = E(n=0)

ROWS: list[tuple[str, str, dict[str, Any]]] = [
    # --- direct quotes, speaker after ---------------------------------------------------
    ("direct_said_role_name",
     '"The budget is balanced for the first time in a decade," said Finance Minister Clara Oduya.',
     E(S("balanced for the first time", kind="direct", speaker="Finance Minister Clara Oduya",
         name="Clara Oduya", type="person", roles_has="minister", cue="say"), n=1)),
    ("direct_name_said",
     '"We expect the bridge to reopen by March," Tomas Reinholt said.',
     E(S("reopen by March", kind="direct", speaker="Tomas Reinholt", name="Tomas Reinholt",
         type="person", cue="say"), n=1)),
    ("direct_unnamed_spokeswoman",
     '"Nobody was hurt," a police spokeswoman said.',
     E(S("Nobody was hurt", kind="direct", speaker="a police spokeswoman", type="person"), n=1)),
    ("direct_told_reporters",
     '"The talks were frank but useful," the ambassador told reporters on Tuesday.',
     E(S("frank but useful", kind="direct", speaker="the ambassador", type="person", cue="tell"),
       n=1)),
    ("direct_says_appositive",
     '"Prices will keep rising," says Omar Haddad, chief economist at Norcastle Bank.',
     E(S("keep rising", kind="direct",
         speaker=("Omar Haddad", "Omar Haddad, chief economist at Norcastle Bank"),
         name="Omar Haddad", type="person", roles_has="economist",
         affiliations_has="Norcastle Bank"), n=1)),
    ("direct_dr_appositive",
     '"It is too early to draw conclusions," said Dr Helena Marsh, an epidemiologist at Kellner'
     ' University.',
     E(S("too early to draw conclusions", kind="direct",
         speaker=("Dr Helena Marsh", "Dr Helena Marsh, an epidemiologist at Kellner University"),
         name="Helena Marsh", type="person", roles_has="epidemiologist",
         affiliations_has="Kellner University"), n=1)),
    ("direct_company_statement",
     '"The product is safe when used as directed," Brevik Foods said in a statement.',
     E(S("safe when used as directed", kind="direct", speaker="Brevik Foods", name="Brevik Foods",
         type="organisation"), n=1)),
    ("direct_ministry",
     '"All flights are suspended until further notice," the Transport Ministry said.',
     E(S("flights are suspended", kind="direct", speaker="the Transport Ministry",
         type=("organisation", "government"), name_has=["Transport Ministry"]), n=1)),
    ("direct_wrote",
     '"I was wrong, and I am sorry," the senator wrote on social media.',
     E(S("I was wrong", kind="direct", speaker="the senator", type="person", cue="write"), n=1)),
    ("direct_added_pronoun",
     'Coach Dana Whitfield spoke after the final whistle. "They never stopped running," she added.',
     E(S("never stopped running", kind="direct", speaker="she", name="Dana Whitfield",
         type="person", cue="add"), n=1)),
    # --- direct quotes, speaker before; colon introductions ------------------------------
    ("colon_said",
     'Maria Lindqvist said: "We will appeal the verdict."',
     E(S("appeal the verdict", kind="direct", speaker="Maria Lindqvist", name="Maria Lindqvist",
         type="person"), n=1)),
    ("colon_told",
     'The minister told parliament: "There will be no new taxes this year."',
     E(S("no new taxes this year", kind="direct", speaker="The minister", type="person",
         cue="tell"), n=1)),
    ("comma_said_before",
     'Ahmed Karim said, "The river has never been this low."',
     E(S("never been this low", kind="direct", speaker="Ahmed Karim", name="Ahmed Karim",
         type="person"), n=1)),
    ("colon_in_a_statement_org",
     'In a statement, the airline said: "Safety is our first priority."',
     E(S("Safety is our first priority", kind="direct", speaker="the airline",
         type="organisation"), n=1)),
    ("colon_without_cue_verb",
     'Dana Whitfield, the coach, was blunt: "We were beaten by a better side."',
     E(S("beaten by a better side", kind="direct",
         speaker=("Dana Whitfield", "Dana Whitfield, the coach"), name="Dana Whitfield",
         type="person", roles_has="coach"), n=1)),
    ("colon_wrote_org",
     'The hospital wrote to patients: "Your appointment has been moved to May."',
     E(S("moved to May", kind="direct", speaker="The hospital", type="organisation", cue="write"),
       n=1)),
    # --- "said X" inversion -------------------------------------------------------------
    ("inverted_protester",
     '"We are not leaving," said one protester, a retired teacher.',
     E(S("We are not leaving", kind="direct",
         speaker=("one protester", "one protester, a retired teacher"), type="person"), n=1)),
    ("inverted_senator",
     '"The numbers do not add up," said Senator Paul Everly, a Democrat from Ohio.',
     E(S("numbers do not add up", kind="direct",
         speaker=("Senator Paul Everly", "Senator Paul Everly, a Democrat from Ohio"),
         name="Paul Everly", type="person", roles_has="senator"), n=1)),
    ("inverted_union",
     '"This is a good day for every worker in this country," said the union.',
     E(S("good day for every worker", kind="direct", speaker="the union", type="organisation"),
       n=1)),
    ("inverted_anonymous_source",
     '"Rates will stay on hold," said a person familiar with the matter.',
     E(S("stay on hold", kind="direct", speaker="a person familiar with the matter",
         type="person"), n=1)),
    ("inverted_with_day",
     '"We will not negotiate with kidnappers," said Interior Minister Yusuf Demir on Sunday.',
     E(S("not negotiate with kidnappers", kind="direct", speaker="Interior Minister Yusuf Demir",
         name="Yusuf Demir", type="person", roles_has="minister"), n=1)),
    ("inverted_title_chain",
     '"Our patience has limits," said European Commission President Lotte Brandt.',
     E(S("patience has limits", kind="direct",
         speaker="European Commission President Lotte Brandt", name="Lotte Brandt",
         type="person", roles_has="president", affiliations_has="European Commission"), n=1)),
    # --- split quotes: one statement, two content spans ---------------------------------
    ("split_pronoun",
     'Fire chief Rosa Mendel arrived at dawn. "We did everything we could," she said, "but the'
     ' fire spread too fast."',
     E(S("did everything we could", kind="direct", parts=2,
         parts_have=["did everything we could", "fire spread too fast"], speaker="she",
         name="Rosa Mendel", type="person"), n=1)),
    ("split_inverted_name",
     '"The first priority," said Energy Minister Ivo Kranjc, "is to restore power to the'
     ' hospitals."',
     E(S("The first priority", kind="direct", parts=2,
         parts_have=["The first priority", "restore power to the hospitals"],
         speaker="Energy Minister Ivo Kranjc", name="Ivo Kranjc", type="person"), n=1)),
    ("split_name_before_cue",
     '"I love this city," Mayor Lin Qiao said, "and I will not abandon it."',
     E(S("I love this city", kind="direct", parts=2,
         parts_have=["I love this city", "will not abandon it"], speaker="Mayor Lin Qiao",
         name="Lin Qiao", type="person"), n=1)),
    ("split_curly",
     '\u201cNobody told us,\u201d said Petra Novak, \u201cand nobody apologised.\u201d',
     E(S("Nobody told us", kind="direct", parts=2,
         parts_have=["Nobody told us", "nobody apologised"], speaker="Petra Novak",
         name="Petra Novak", type="person"), n=1)),
    ("quote_continues_next_sentence",
     '"Our data show a clear trend," the report said. "Emissions are falling in every region."',
     E(S("Our data show a clear trend", kind="direct", speaker="the report", type="document"),
       S("Emissions are falling", kind="direct", type="document"),
       same=(("Our data show", "Emissions are falling"),))),
    # --- multi-paragraph quotes ---------------------------------------------------------
    ("multipara_straight",
     'Judge Arnold Pike read out the sentence.\n\n'
     '"The defendant showed no remorse at any stage.\n\n'
     '"He lied to the police, to his family and to this court.\n\n'
     '"The sentence must reflect that," he said.',
     E(S("showed no remorse", kind="direct",
         also_has=["lied to the police", "must reflect that"], not_has="read out the sentence",
         speaker="he", name="Arnold Pike", type="person", roles_has="judge"), n=1)),
    ("multipara_curly_colon",
     'Chen Yuhan, the company\u2019s founder, wrote in a letter to staff:\n\n'
     '\u201cWe grew too fast and lost sight of our customers.\n\n'
     '\u201cFrom Monday, every team will report directly to me.\u201d',
     E(S("grew too fast", kind="direct", also_has=["every team will report directly to me"],
         speaker=("Chen Yuhan", "Chen Yuhan, the company\u2019s founder"), name="Chen Yuhan",
         type="person", roles_has="founder", cue="write"), n=1)),
    ("multipara_after_split",
     '"We will rebuild every home," Governor Tessa Amundsen said. "Nobody will be left behind.\n\n'
     '"The state will pay for all of it."',
     E(S("rebuild every home", kind="direct", speaker="Governor Tessa Amundsen",
         name="Tessa Amundsen", type="person"),
       S("Nobody will be left behind", kind="direct", also_has=["The state will pay for all of it"],
         name="Tessa Amundsen"))),
    ("multipara_single_newlines",
     'Ruth Ebbs addressed the conference.\n"We have listened to you.\n"Now we will act," she said.',
     E(S("listened to you", kind="direct", also_has=["Now we will act"], speaker="she",
         name="Ruth Ebbs", type="person"), n=1)),
    # --- quotation mark styles ----------------------------------------------------------
    ("single_primary",
     "'We will not resign,' said party chair Ruth Ebbs.",
     E(S("will not resign", kind="direct", speaker="party chair Ruth Ebbs", name="Ruth Ebbs",
         type="person", roles_has="chair"), n=1)),
    ("single_primary_apostrophes",
     "'It's not over yet,' Ruth Ebbs said, 'and we won't give up.'",
     E(S("It's not over yet", kind="direct", parts=2,
         parts_have=["It's not over yet", "we won't give up"], speaker="Ruth Ebbs",
         name="Ruth Ebbs"), n=1)),
    ("single_primary_curly",
     "\u2018The league has let us down,\u2019 said club owner Farid Nasser.",
     E(S("league has let us down", kind="direct", speaker="club owner Farid Nasser",
         name="Farid Nasser", type="person", roles_has="owner"), n=1)),
    ("guillemets",
     "\u00abWe will not give in,\u00bb said Foreign Minister Anatoly Rusev.",
     E(S("will not give in", kind="direct", speaker="Foreign Minister Anatoly Rusev",
         name="Anatoly Rusev", type="person"), n=1)),
    ("guillemets_spaced",
     "\u00ab We will not give in \u00bb, said Foreign Minister Anatoly Rusev.",
     E(S("will not give in", kind="direct", speaker="Foreign Minister Anatoly Rusev",
         name="Anatoly Rusev", type="person"), n=1)),
    ("two_backticks_two_apostrophes",
     "``We are ready to talk,'' said General Ahmad Nouri.",
     E(S("ready to talk", kind="direct", speaker="General Ahmad Nouri", name="Ahmad Nouri",
         type="person"), n=1)),
    ("two_apostrophes_both_ends",
     "''The vote was rigged,'' said opposition leader Kamal Idris.",
     E(S("vote was rigged", kind="direct", speaker="opposition leader Kamal Idris",
         name="Kamal Idris", type="person", roles_has="leader"), n=1)),
    ("low_high_marks",
     "\u201eWe are ready,\u201c said trade union leader Jana Vogel.",
     E(S("We are ready", kind="direct", speaker="trade union leader Jana Vogel",
         name="Jana Vogel", type="person"), n=1)),
    ("curly_with_apostrophes_inside",
     "\u201cWe didn\u2019t expect the Senate\u2019s vote,\u201d said Senator Maria Okafor.",
     E(S("expect the Senate\u2019s vote", kind="direct", speaker="Senator Maria Okafor",
         name="Maria Okafor", type="person"), n=1)),
    ("nested_single_inside_double",
     '"He looked at me and said, \'You will regret this,\'" witness Sara Blum told the court.',
     E(S("He looked at me", kind="direct", also_has=["You will regret this"],
         speaker="witness Sara Blum", name="Sara Blum", type="person", cue="tell"))),
    # --- unbalanced marks: the rest survives, a notice is kept ---------------------------
    ("unclosed_in_earlier_paragraph",
     '"We will win this election, said candidate Mara Voss.\n\n'
     'Her rival, Piet Aalders, said: "The polls tell a different story."',
     E(S("polls tell a different story", kind="direct",
         speaker=("Her rival, Piet Aalders", "Piet Aalders", "Her rival"), name="Piet Aalders",
         type="person"), notice=True)),
    ("stray_closing_mark",
     '"We see no reason to panic," said analyst Maya Koller." Trading resumed at noon.',
     E(S("no reason to panic", kind="direct", speaker="analyst Maya Koller", name="Maya Koller",
         type="person"), notice=True)),
    ("unclosed_at_end",
     'Finance Minister Clara Oduya said the deficit would shrink. Her deputy added: "We are on'
     ' track',
     E(S("deficit would shrink", kind="indirect", speaker="Finance Minister Clara Oduya",
         name="Clara Oduya", type="person"), notice=True)),
    # --- mixed quotes -------------------------------------------------------------------
    ("mixed_dead_on_arrival",
     'The minister said the proposal was "dead on arrival".',
     E(S("dead on arrival", kind="mixed", also_has=["the proposal was"], speaker="The minister",
         type="person", cue="say"), n=1)),
    ("mixed_described_as",
     'Greenpeace described the deal as "a betrayal of future generations".',
     E(S("betrayal of future generations", kind="mixed", speaker="Greenpeace", name="Greenpeace",
         type="organisation", cue="describe"), n=1)),
    ("mixed_feeling_then_indirect",
     'Ruth Ebbs said she was "deeply saddened" by the decision but would not step down.',
     E(S("deeply saddened", kind="mixed", also_has=["would not step down"], speaker="Ruth Ebbs",
         name="Ruth Ebbs", type="person"), n=1)),
    ("mixed_warned_that",
     'The central bank warned that inflation could remain "stubbornly high" well into next year.',
     E(S("stubbornly high", kind="mixed", also_has=["inflation could remain"],
         speaker="The central bank", type="organisation", cue="warn"), n=1)),
    ("mixed_called",
     'Defence Secretary Colin Marr called the leak "a serious breach of trust".',
     E(S("serious breach of trust", kind="mixed", speaker="Defence Secretary Colin Marr",
         name="Colin Marr", type="person", roles_has="secretary", cue="call"), n=1)),
    ("mixed_two_fragments",
     'The judge said the evidence was "thin" and the case "should never have been brought".',
     E(S("should never have been brought", kind="mixed", also_has=['"thin"'],
         speaker="The judge", type="person"), n=1)),
    ("mixed_group_and_that_clause",
     'Aid agencies said conditions in the camp were "beyond desperate" and that food would run out'
     ' within days.',
     E(S("beyond desperate", kind="mixed", also_has=["food would run out"], speaker="Aid agencies",
         type="group"), n=1)),
    ("mixed_interrupted_unquoted_lead",
     'For most commuters in the valley, she said, their "patience ran out years ago."',
     E(S("most commuters in the valley", kind="mixed", parts=2, parts_have=["For most commuters", "patience ran"],
         speaker="she"), n=1)),
    ("mixed_interrupted_subject_lead",
     'The new depot, Ilse Marten said, has become "a monument to bad planning."',
     E(S("The new depot", kind="mixed", parts=2, parts_have=["The new depot", "has become"],
         speaker="Ilse Marten", name="Ilse Marten"), n=1)),
    ("negative_interrupted_both_quoted",
     '"The depot is late," she said, "and nobody will say why."',
     E(S("The depot is late", kind="direct", parts=2, speaker="she"), n=1)),
    ("indirect_interrupted_lead_in_clause",
     'If the recount is close, the campaign said, it will ask for a second one.',
     E(S("If the recount is close", kind="indirect", parts=2, parts_have=["If the recount", "it will ask"],
         speaker="the campaign"), n=1)),
    ("negative_interrupted_relative_clause",
     'Older voters, who support Ms. Okafor, have also seen their pensions rise.',
     E(n=0)),
    ("mixed_noun_cue_in_statement",
     'Union leader Pia Lund said in a statement that the cuts were "a betrayal of nurses."',
     E(S("betrayal of nurses", kind="mixed", speaker="Union leader Pia Lund", name="Pia Lund"), n=1)),
    # --- indirect speech ----------------------------------------------------------------
    ("indirect_said_that",
     'Police said that two men had been arrested.',
     E(S("two men had been arrested", kind="indirect", speaker="Police",
         type=("organisation", "group"), cue="say"), n=1)),
    ("indirect_told_investors_that",
     'The company told investors that profits would double by 2027.',
     E(S("profits would double", kind="indirect", speaker="The company", type="organisation",
         cue="tell", not_has="investors"), n=1)),
    ("indirect_told_lawmakers_that",
     'Health Minister Sabine Roux told lawmakers that the hospital would stay open.',
     E(S("hospital would stay open", kind="indirect", speaker="Health Minister Sabine Roux",
         name="Sabine Roux", type="person", roles_has="minister", cue="tell"), n=1)),
    ("indirect_denied_that",
     'The army spokesman denied that any soldiers had crossed the border.',
     E(S("soldiers had crossed the border", kind="indirect", speaker="The army spokesman",
         type="person", cue="deny"), n=1)),
    ("indirect_concluded_that",
     "The inspectors' report concluded that the fire had been started deliberately.",
     E(S("started deliberately", kind="indirect", speaker="The inspectors' report",
         type="document", cue="conclude"), n=1)),
    ("indirect_warned_that",
     'Scientists warned that the glacier could collapse within decades.',
     E(S("glacier could collapse", kind="indirect", speaker="Scientists", type="group",
         cue="warn"), n=1)),
    ("according_to_fronted",
     'According to the health ministry, 42 people have died since the outbreak began.',
     E(S("42 people have died", kind="indirect", speaker="the health ministry",
         type=("organisation", "government"), not_has="According"), n=1)),
    ("according_to_after",
     'Forty people were killed in the blast, according to local officials.',
     E(S("Forty people were killed", kind="indirect", speaker="local officials", type="group",
         not_has="according"), n=1)),
    ("according_to_person_appositive",
     'The deal is worth $2 billion, according to Erik Sandvik, a banker involved in the talks.',
     E(S("worth $2 billion", kind="indirect",
         speaker=("Erik Sandvik", "Erik Sandvik, a banker involved in the talks"),
         name="Erik Sandvik", type="person", roles_has="banker"), n=1)),
    ("office_possessive",
     "The mayor's office said the road would reopen on Monday.",
     E(S("road would reopen", kind="indirect", speaker="The mayor's office",
         type="organisation"), n=1)),
    ("office_of_named_person",
     "Prime Minister Oskar Lund's office said he would not attend the summit.",
     E(S("would not attend the summit", kind="indirect",
         speaker="Prime Minister Oskar Lund's office", type="organisation",
         name_has=["Lund", "office"]), n=1)),
    ("office_of_prepositional",
     'The office of Governor Tessa Amundsen said the state would appeal the ruling.',
     E(S("state would appeal", kind="indirect", speaker="The office of Governor Tessa Amundsen",
         type="organisation", name_has=["Amundsen", "office"]), n=1)),
    ("fronted_content_org",
     'The ceasefire is holding, the army said.',
     E(S("ceasefire is holding", kind="indirect", speaker="the army", type="organisation",
         not_has="army"), n=1)),
    ("fronted_content_role_name",
     'The election will take place as planned, electoral commission chair Nadia Petrov said on'
     ' Tuesday.',
     E(S("take place as planned", kind="indirect",
         speaker="electoral commission chair Nadia Petrov", name="Nadia Petrov", type="person",
         roles_has="chair", not_has="Petrov"), n=1)),
    ("fronted_content_inverted",
     'Talks will resume next week, said a government spokesman.',
     E(S("Talks will resume next week", kind="indirect", speaker="a government spokesman",
         type="person", not_has="spokesman"), n=1)),
    ("fronted_two_clauses",
     'Supplies are running low and the roads are cut, aid workers said.',
     E(S("roads are cut", kind="indirect", also_has=["Supplies are running low"],
         speaker="aid workers", type="group"), n=1)),
    ("passive_announced_by",
     'It was announced by the ministry that the fuel tax would be scrapped.',
     E(S("fuel tax would be scrapped", kind="indirect", speaker="the ministry",
         type=("organisation", "government")), n=1)),
    ("said_on_day_that",
     'Officials said on Monday that the dam was safe.',
     E(S("dam was safe", kind="indirect", speaker="Officials", type="group"), n=1)),
    ("pronoun_added_that",
     'Finance Minister Clara Oduya spoke after the vote. She added that no decision had been taken'
     ' on pensions.',
     E(S("no decision had been taken", kind="indirect", speaker="She", name="Clara Oduya",
         type="person", cue="add"), n=1)),
    ("group_rights_groups",
     'Rights groups said the new law would be used to silence critics.',
     E(S("silence critics", kind="indirect", speaker="Rights groups", type="group"), n=1)),
    ("court_ruled_that",
     'The Supreme Court ruled that the ban was unconstitutional.',
     E(S("ban was unconstitutional", kind="indirect", speaker="The Supreme Court",
         type="organisation"), n=1)),
    ("in_a_statement_named_org",
     'In a statement, Nexora Labs said it had fixed the flaw.',
     E(S("had fixed the flaw", kind="indirect", speaker="Nexora Labs", name="Nexora Labs",
         type="organisation"), n=1)),
    ("colon_after_speaker_indirect",
     'The health ministry was categorical: no vaccine doses had been lost.',
     E(S("no vaccine doses had been lost", kind="indirect", speaker="The health ministry",
         type=("organisation", "government")), n=1)),
    ("insisted_that",
     'The prime minister insisted that the economy was in good shape.',
     E(S("economy was in good shape", kind="indirect", speaker="The prime minister",
         type="person", cue="insist"), n=1)),
    ("acknowledged_that",
     'Dravik Oil acknowledged that the spill was larger than first reported.',
     E(S("spill was larger", kind="indirect", speaker="Dravik Oil", name="Dravik Oil",
         type="organisation", cue="acknowledge"), n=1)),
    ("anonymous_official_relative_clause",
     'One official, who asked not to be named, said the talks had collapsed.',
     E(S("talks had collapsed", kind="indirect", speaker="One official", type="person",
         not_has="asked"), n=1)),
    ("told_news_agency_that",
     'The general told the Reuters news agency that the offensive would begin within days.',
     E(S("offensive would begin", kind="indirect", speaker="The general", type="person",
         cue="tell"), n=1)),
    ("group_protesters",
     'Protesters said they would stay in the square until the law was withdrawn.',
     E(S("stay in the square", kind="indirect", speaker="Protesters", type="group"), n=1)),
    ("two_speakers",
     '"The strike is illegal," said Transport Minister Rafael Soto. Union leader Greta Holm said'
     ' the workers would not back down.',
     E(S("strike is illegal", kind="direct", speaker="Transport Minister Rafael Soto",
         name="Rafael Soto", type="person"),
       S("would not back down", kind="indirect", speaker="Union leader Greta Holm",
         name="Greta Holm", type="person", roles_has="leader"),
       n=2, differ=(("strike is illegal", "would not back down"),))),
    # --- pronoun speakers ---------------------------------------------------------------
    ("pronoun_she_by_gender",
     'Anna Berg met Tom Eriksen on Tuesday. "We agreed on nothing," she said.',
     E(S("agreed on nothing", kind="direct", speaker="she", name="Anna Berg", type="person"),
       n=1)),
    ("pronoun_he_by_gender",
     'Anna Berg met Tom Eriksen on Tuesday. "We agreed on nothing," he said.',
     E(S("agreed on nothing", kind="direct", speaker="he", name="Tom Eriksen", type="person"),
       n=1)),
    ("pronoun_prefers_previous_speaker",
     '"The port will be expanded," said Transport Minister Rafael Soto. The plan was first drawn up'
     ' by his predecessor, Luis Ortega. "It will create thousands of jobs," he added.',
     E(S("thousands of jobs", kind="direct", speaker="he", name="Rafael Soto", type="person"),
       n=2, same=(("port will be expanded", "thousands of jobs"),))),
    ("pronoun_they_group",
     'Residents of the village gathered outside the town hall. "We have been forgotten," they'
     ' said.',
     E(S("been forgotten", kind="direct", speaker="they", type="group", name_has=["Residents"]),
       n=1)),
    ("pronoun_it_organisation",
     'Brevik Foods recalled 10,000 jars on Friday. It said the labels had left out an allergen.',
     E(S("left out an allergen", kind="indirect", speaker="It", name="Brevik Foods",
         type="organisation"), n=1)),
    ("pronoun_across_paragraph",
     'Judge Sofia Lindgren turned down the request on Monday.\n\n"The law is clear," she said.',
     E(S("The law is clear", kind="direct", speaker="she", name="Sofia Lindgren", type="person",
         roles_has="judge"), n=1)),
    ("pronoun_after_appositive_role",
     'Kenji Watanabe, the chief executive, met shareholders in Osaka. He said the company would cut'
     ' 300 jobs.',
     E(S("cut 300 jobs", kind="indirect", speaker="He", name="Kenji Watanabe", type="person",
         roles_has="chief executive"), n=1)),
    ("pronoun_skips_other_gender",
     '"We have the votes," said Senate leader Marcus Hale. His colleague Joan Mercer was not so'
     ' sure. "We will see on Thursday," he said.',
     E(S("We will see on Thursday", kind="direct", speaker="he", name="Marcus Hale",
         type="person"), n=2, same=(("We have the votes", "We will see on Thursday"),))),
    ("pronoun_who_relative",
     'The plan was attacked by Ines Duarte, who said it would cost far too much.',
     E(S("would cost far too much", kind="indirect", speaker=("who", "Ines Duarte"),
         name="Ines Duarte", type="person"))),
    # --- short names --------------------------------------------------------------------
    ("short_ms_surname",
     'Finance Minister Clara Oduya presented the budget on Monday. Ms Oduya said the deficit would'
     ' shrink next year.',
     E(S("deficit would shrink", kind="indirect", speaker="Ms Oduya", name="Clara Oduya",
         type="person", aliases_has="Oduya", roles_has="minister"), n=1)),
    ("short_chinese_order_mr",
     '"The sale harms peace in the region," said Foreign Ministry spokesman Gao Mingxuan. Mr Gao'
     ' also said Beijing "firmly opposes" the deal.',
     E(S("harms peace in the region", kind="direct",
         speaker="Foreign Ministry spokesman Gao Mingxuan", name="Gao Mingxuan", type="person",
         roles_has="spokesman", affiliations_has="Foreign Ministry"),
       S("firmly opposes", kind="mixed", speaker="Mr Gao", name="Gao Mingxuan", type="person",
         aliases_has="Mr Gao"),
       n=2, same=(("harms peace", "firmly opposes"),))),
    ("short_surname_only",
     'Economist Priya Natarajan has studied the housing market for years. Natarajan said prices had'
     ' peaked.',
     E(S("prices had peaked", kind="indirect", speaker="Natarajan", name="Priya Natarajan",
         type="person"), n=1)),
    ("short_chinese_order_ms",
     'Li Xiaomei, a lawyer in Shanghai, filed the complaint. Ms Li said the court had ignored the'
     ' evidence.',
     E(S("ignored the evidence", kind="indirect", speaker="Ms Li", name="Li Xiaomei",
         type="person", roles_has="lawyer"), n=1)),
    ("short_picks_right_person",
     'Opposition leader Jonas Berg and Finance Minister Clara Oduya clashed in parliament. Mr Berg'
     ' said the budget was a fantasy.',
     E(S("budget was a fantasy", kind="indirect", speaker="Mr Berg", name="Jonas Berg",
         type="person", roles_has="leader"), n=1)),
    ("short_korean_order",
     'Park Ji-hoon, a ruling party lawmaker, tabled the bill. Mr Park said it would protect gig'
     ' workers.',
     E(S("protect gig workers", kind="indirect", speaker="Mr Park", name="Park Ji-hoon",
         type="person", roles_has="lawmaker"), n=1)),
    ("short_title_surname",
     'President Amara Diallo landed in Paris on Sunday. President Diallo told reporters that the'
     ' visit would focus on trade.',
     E(S("focus on trade", kind="indirect", speaker="President Diallo", name="Amara Diallo",
         type="person", cue="tell"), n=1)),
    ("short_direct_told_outlet",
     'Finance Minister Clara Oduya arrived in London on Monday. "We have nothing to fear," Oduya'
     ' told the BBC.',
     E(S("nothing to fear", kind="direct", speaker="Oduya", name="Clara Oduya", type="person",
         cue="tell"), n=1)),
    ("short_mr_inverted",
     'Property developer Alan Fenwick appeared in court on Thursday. "We have done nothing'
     ' illegal," said Mr Fenwick.',
     E(S("done nothing illegal", kind="direct", speaker="Mr Fenwick", name="Alan Fenwick",
         type="person", roles_has="developer"), n=1)),
    # --- roles and affiliations ---------------------------------------------------------
    ("role_researcher_at_institute",
     '"The evidence is overwhelming," said Lucia Ferrante, a senior researcher at the Milan'
     ' Institute for Climate Studies.',
     E(S("evidence is overwhelming", kind="direct",
         speaker=("Lucia Ferrante", "Lucia Ferrante, a senior researcher at the Milan Institute"
                  " for Climate Studies"),
         name="Lucia Ferrante", type="person", roles_has="researcher",
         affiliations_has="Milan Institute for Climate Studies"), n=1)),
    ("role_nationality_ministry",
     'Polish Defence Minister Tomasz Wrona said the border fence would be extended.',
     E(S("border fence would be extended", kind="indirect",
         speaker="Polish Defence Minister Tomasz Wrona", name="Tomasz Wrona", type="person",
         roles_has="minister", affiliations_has="pol"), n=1)),
    ("role_org_possessive_appositive",
     "Amnesty International's regional director, Joan Kariuki, said the arrests were arbitrary.",
     E(S("arrests were arbitrary", kind="indirect",
         speaker=("Amnesty International's regional director, Joan Kariuki", "Joan Kariuki",
                  "Amnesty International's regional director"),
         name="Joan Kariuki", type="person", roles_has="director",
         affiliations_has="Amnesty International"), n=1)),
    ("role_director_of",
     '"We are running out of beds," said Dr Youssef Amrani, director of Al-Noor Hospital.',
     E(S("running out of beds", kind="direct",
         speaker=("Dr Youssef Amrani", "Dr Youssef Amrani, director of Al-Noor Hospital"),
         name="Youssef Amrani", type="person", roles_has="director",
         affiliations_has="Al-Noor Hospital"), n=1)),
    # --- organisations, offices and documents as speakers -------------------------------
    ("doc_report_by_org",
     'A report by the World Bank said growth in the region would slow to 2 percent.',
     E(S("growth in the region would slow", kind="indirect",
         speaker="A report by the World Bank", type="document", name_has=["World Bank"]), n=1)),
    ("doc_study_found",
     'The 80-page study, published in the journal Nature, found that sea ice was thinning faster'
     ' than expected.',
     E(S("sea ice was thinning", kind="indirect",
         speaker=("The 80-page study", "The 80-page study, published in the journal Nature"),
         type="document", cue="find"), n=1)),
    ("doc_recommended",
     "The committee's final report recommended that the agency be split in two.",
     E(S("agency be split in two", kind="indirect", speaker="The committee's final report",
         type="document", cue="recommend"), n=1)),
    ("org_council_statement",
     'The UN Security Council said in a statement that it condemned the attack.',
     E(S("condemned the attack", kind="indirect", speaker="The UN Security Council",
         type="organisation", name_has=["Security Council"]), n=1)),
    ("doc_memo_warned",
     'A leaked memo from the interior ministry warned that prisons were dangerously overcrowded.',
     E(S("prisons were dangerously overcrowded", kind="indirect",
         speaker="A leaked memo from the interior ministry", type="document", cue="warn"), n=1)),
    ("doc_it_pronoun",
     'The audit was published on Wednesday. It found that 30 percent of contracts had been awarded'
     ' without a tender.',
     E(S("30 percent of contracts", kind="indirect", speaker="It", type="document",
         name_has=["audit"]), n=1)),
    ("doc_direct_inverted",
     '"Air quality has improved in every city we measured," said the report, published by the Clean'
     ' Air Trust.',
     E(S("Air quality has improved", kind="direct", speaker="the report", type="document"),
       n=1)),
    ("two_documents_distinct",
     "The charity's report said 2,000 children were homeless. The city council's report said the"
     " figure was closer to 800.",
     E(S("2,000 children were homeless", kind="indirect", speaker="The charity's report",
         type="document"),
       S("closer to 800", kind="indirect", speaker="The city council's report", type="document"),
       n=2, differ=(("2,000 children", "closer to 800"),))),
    # --- metonyms: capitals and seats of power are governments --------------------------
    ("metonym_beijing",
     'Beijing said the sanctions were illegal.',
     E(S("sanctions were illegal", kind="indirect", speaker="Beijing", gov="China",
         aliases_has="Beijing"), n=1)),
    ("metonym_washington_warned",
     'Washington has warned that it will respond to any attack on its ships.',
     E(S("respond to any attack", kind="indirect", speaker="Washington", gov="United States",
         aliases_has="Washington", cue="warn"), n=1)),
    ("metonym_moscow_denied",
     'Moscow denied that its troops had entered the village.',
     E(S("troops had entered the village", kind="indirect", speaker="Moscow", gov="Russia",
         aliases_has="Moscow", cue="deny"), n=1)),
    ("metonym_kremlin_indirect",
     'The Kremlin said the talks had been constructive.',
     E(S("talks had been constructive", kind="indirect", speaker="The Kremlin", gov="Russia",
         aliases_has="Kremlin"), n=1)),
    ("metonym_kremlin_direct",
     '"This is a provocation," the Kremlin said.',
     E(S("This is a provocation", kind="direct", speaker="the Kremlin", gov="Russia",
         aliases_has="Kremlin"), n=1)),
    ("metonym_after_country_mention",
     'China\'s foreign ministry summoned the ambassador on Monday. Beijing said the remarks'
     ' amounted to "gross interference".',
     E(S("gross interference", kind="mixed", speaker="Beijing", gov="China",
         aliases_has="Beijing"), n=1)),
    ("metonym_two_forms_one_actor",
     'Moscow said the drills were routine. The Kremlin later added that they would end on Friday.',
     E(S("drills were routine", kind="indirect", speaker="Moscow", gov="Russia"),
       S("would end on Friday", kind="indirect", speaker="The Kremlin", gov="Russia"),
       n=2, same=(("drills were routine", "would end on Friday"),))),
    ("metonym_white_house",
     'The White House said the president would sign the bill.',
     E(S("would sign the bill", kind="indirect", speaker="The White House", gov="United States",
         aliases_has="White House"), n=1)),
    ("metonym_in_content_is_not_speaker",
     'Foreign Minister Ana Ruiz said Washington had broken its promises.',
     E(S("Washington had broken its promises", kind="indirect",
         speaker="Foreign Minister Ana Ruiz", name="Ana Ruiz", type="person"), n=1)),
    ("country_as_speaker",
     'Iran said the inspectors would be allowed back in May.',
     E(S("inspectors would be allowed back", kind="indirect", speaker="Iran", gov="Iran"), n=1)),
    # --- generic mentions, datelines and owners resolved in the document (#4) ------------
    ("generic_company_is_the_named_company",
     'Norvik Pharmaceuticals recalled the pills on Monday. The company said the risk to patients was small.',
     E(S("risk to patients was small", speaker="The company", name="Norvik Pharmaceuticals",
         type="organisation"), n=1)),
    ("generic_commission_two_named_stays_generic",
     'The Electoral Commission met the Media Commission on Monday. The commission said the vote would go'
     ' ahead as planned.',
     E(S("vote would go ahead", speaker="The commission", name="commission", type="organisation"), n=1)),
    ("government_of_unknown_country",
     'The Government of Tarvia condemns the attack on the border post. The Government states that two'
     ' soldiers were killed. It demands a full apology from Ostland.',
     E(S("attack on the border post", speaker="The Government of Tarvia", name="Tarvia", type="government"),
       S("two soldiers were killed", speaker="The Government", name="Tarvia", type="government"),
       S("a full apology", speaker="It", name="Tarvia", type="government"),
       same=(("attack on the border post", "two soldiers were killed"),
             ("two soldiers were killed", "a full apology")))),
    ("government_of_the_republic_as_subject",
     'The Government of the Republic of Tarvia rejects the claims made by Ostland. The Government states'
     ' that no troops crossed the river.',
     E(S("no troops crossed the river", speaker="The Government", name="Tarvia", type="government"))),
    ("generic_government_no_country_stays_generic",
     'The government said fuel prices would fall in the spring.',
     E(S("fuel prices would fall", speaker="The government", type="organisation"), n=1)),
    ("demonym_makes_a_country",
     'Tarvia said the Ostlandic patrol had crossed the river first. Tarvian officials gave no figures.',
     E(S("patrol had crossed the river", speaker="Tarvia", name="Tarvia", type="government"))),
    ("surname_alone_is_the_full_name",
     'Interior Minister Pavel Drozd said the border was calm. Drozd added that the patrols would continue'
     ' through the winter.',
     E(S("border was calm", name="Pavel Drozd"), S("patrols would continue", speaker="Drozd", name="Pavel Drozd"),
       n=2, same=(("border was calm", "patrols would continue"),))),
    ("dateline_is_not_the_speaker",
     'LORVIK (AP) - A government panel said on Tuesday that the old dam was unsafe.',
     E(S("old dam was unsafe", speaker="A government panel", type="organisation"), n=1)),
    ("dateline_with_date_names_the_owner",
     'LORVIK, 4 May 2024 - The Harbour Safety Board today published its report on the ferry fire. The report'
     ' concludes that the alarms had been switched off.',
     E(S("alarms had been switched off", speaker="The report", type="document",
         affiliations_has="Harbour Safety Board"), n=1)),
    ("dateline_then_group_speaks",
     'BELMONT, Tarvia - Farmers in this valley said the floods had destroyed the harvest.',
     E(S("floods had destroyed the harvest", speaker=("Farmers in this valley", "Farmers"), type="group"), n=1)),
    ("published_report_belongs_to_the_publisher",
     'LORVIK, 4 May 2024 - Clearwater Trust today released Dead River, a report on pollution in the Lorvik'
     ' estuary. The report finds that fish stocks have halved since 2015.',
     E(S("fish stocks have halved", speaker="The report", type="document", affiliations_has="Clearwater Trust"),
       n=1)),
    ("fronted_report_belongs_to_the_speaker",
     'In a 40-page report, the Clearwater Trust said lead levels in the river had tripled. The report found'
     ' that children were most at risk.',
     E(S("lead levels in the river", name="Clearwater Trust", type="organisation"),
       S("children were most at risk", speaker="The report", type="document", affiliations_has="Clearwater Trust"),
       n=2)),
    ("document_in_quoted_words_is_not_the_report",
     'The inspectors\' report found that the jail was badly overcrowded. The minister said the government'
     ' would publish "a full response" within weeks. The report recommended closing two wings.',
     E(S("jail was badly overcrowded", type="document"), S("closing two wings", type="document"),
       same=(("jail was badly overcrowded", "closing two wings"),))),
    ("eu_short_form_is_one_actor",
     'The European Union said it was deeply concerned by the arrests. The EU added that it would send'
     ' observers to the trial.',
     E(S("deeply concerned", name="European Union"), S("send observers", speaker="The EU", name="European Union"),
       n=2, same=(("deeply concerned", "send observers"),))),
    ("indefinite_inquiry_is_the_named_inquiry",
     'A UN-mandated inquiry said on Monday that the camps were overcrowded. The Independent Inquiry on Lorvik'
     ' Camps said it had interviewed 80 people.',
     E(S("camps were overcrowded", speaker="A UN-mandated inquiry", type="organisation"),
       S("interviewed 80 people", type="organisation"),
       n=2, same=(("camps were overcrowded", "interviewed 80 people"),))),
    # --- carried-over speakers for uncued quote paragraphs ------------------------------
    ("carried_person",
     '"We have lost everything," said farmer Elif Demir, whose fields were flooded.\n\n'
     '"The water came in the night and took the harvest, the animals, the house."',
     E(S("lost everything", kind="direct", speaker="farmer Elif Demir", name="Elif Demir",
         type="person", carried=False),
       S("water came in the night", kind="direct", carried=True, name="Elif Demir",
         type="person"),
       n=2, same=(("lost everything", "water came in the night"),))),
    ("carried_document",
     'The 30-page report by Harbour Watch said pollution in the bay had doubled since 2015.\n\n'
     '"Fish stocks have collapsed and the beaches are closed for half the year."',
     E(S("pollution in the bay had doubled", kind="indirect", type="document"),
       S("Fish stocks have collapsed", kind="direct", carried=True, type="document"),
       n=2, same=(("pollution in the bay", "Fish stocks have collapsed"),))),
    ("carried_after_pronoun_quote",
     'Councillor Ida Brandt spoke at the rally.\n\n'
     '"This park belongs to the children of this town," she said.\n\n'
     '"We will chain ourselves to the trees if we have to."',
     E(S("park belongs to the children", kind="direct", speaker="she", name="Ida Brandt"),
       S("chain ourselves to the trees", kind="direct", carried=True, name="Ida Brandt",
         type="person"), n=2)),
    # --- negatives: quoted words that nobody is saying ----------------------------------
    ("neg_film_title", 'She watched the film "The Long Night" twice last week.', NONE),
    ("neg_book_titled",
     'His book, titled "A Country Divided", sold 20,000 copies in its first month.', NONE),
    ("neg_scare_quotes", 'The "reform" package was passed on Tuesday after a long debate.', NONE),
    ("neg_so_called",
     'Many foreign news sites are blocked by the so-called "Great Firewall".', NONE),
    ("neg_nicknamed",
     'The missile shield, nicknamed "Iron Dome", intercepted most of the rockets.', NONE),
    ("neg_song_title_curly", "The song \u201cHold On\u201d topped the charts for six weeks.", NONE),
    ("neg_term_in_quotes",
     'The term "fake news" has been used so widely that it has lost its meaning.', NONE),
    ("neg_single_scare_quotes", "The 'experts' on the panel had no formal training.", NONE),
    ("neg_documentary_title",
     "The documentary \u201cRivers of Salt\u201d premiered in Berlin in February.", NONE),
    ("neg_ship_name", 'The tanker "Ocean Star" ran aground off the coast.', NONE),
    ("neg_plain_sentence",
     'The river burst its banks on Tuesday, flooding hundreds of homes.', NONE),
    ("neg_plain_two_sentences",
     'Polling stations open at seven. Voters will choose a new parliament in May.', NONE),
    ("neg_said_nothing", 'The mayor said nothing.', NONE),
    ("neg_empty", '', NONE),
    ("neg_whitespace_only", '   \n\n  ', NONE),
    ("neg_title_beside_real_statement",
     'Critics loved the film "The Long Night". Its director, Sven Aalto, said he had worked on it'
     ' for ten years.',
     E(S("worked on it for ten years", kind="indirect",
         speaker=("Its director, Sven Aalto", "Sven Aalto", "Its director"), name="Sven Aalto",
         type="person", roles_has="director"), n=1)),
    ("neg_scare_quote_beside_real_quote",
     'Minister Eva Holt unveiled the "reform" package on Monday. "It will save money," she said.',
     E(S("It will save money", kind="direct", speaker="she", name="Eva Holt", type="person"),
       n=1)),
]


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return dict(zip([r[0] for r in ROWS], claimgraph.analyze_many([r[1] for r in ROWS]),
                    strict=True))


def test_table_is_well_formed() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert len(ROWS) >= 90
    for rid, text, expected in ROWS:
        for spec in expected["st"]:
            assert spec["has"] in text, (rid, spec["has"])
            assert set(spec) <= SPEC_FIELDS, (rid, set(spec) - SPEC_FIELDS)
        for a, b in (*expected["same"], *expected["differ"]):
            assert a in text and b in text, rid


def _actor_of(a: Analysis, has: str) -> Any:
    st, _ = best_match(a, {"has": has})
    return None if st is None else a.speaker_of(st)


@pytest.mark.parametrize(("rid", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_attribution(analyses: dict[str, Analysis], rid: str, text: str,
                     expected: dict[str, Any]) -> None:
    a = analyses[rid]
    assert a.text == text
    problems: list[str] = []
    # The count is of reported statements; stances ("turned down the request") are
    # counted only where a row expects one.
    wants_stance = any(spec.get("kind") == "stance" for spec in expected["st"])
    counted = [st for st in a.statements if wants_stance or st.kind != "stance"]
    if expected["n"] is not None and len(counted) != expected["n"]:
        problems.append(f"{len(counted)} statement(s), expected {expected['n']}")
    for spec in expected["st"]:
        st, wrong = best_match(a, spec)
        if wrong:
            where = "" if st is None else f"\n    got: {describe(a, st)}"
            problems.append(f"{spec['has']!r}: " + "; ".join(wrong) + where)
    for x, y in expected["same"]:
        ax, ay = _actor_of(a, x), _actor_of(a, y)
        if ax is None or ay is None or ax.id != ay.id:
            problems.append(f"{x!r} and {y!r} should have the same actor, got "
                            f"{getattr(ax, 'name', None)!r} and {getattr(ay, 'name', None)!r}")
    for x, y in expected["differ"]:
        ax, ay = _actor_of(a, x), _actor_of(a, y)
        if ax is not None and ay is not None and ax.id == ay.id:
            problems.append(f"{x!r} and {y!r} should have different actors, both {ax.name!r}")
    if expected["notice"] and not a.notices:
        problems.append("expected a notice about the unbalanced quotation mark, got none")
    assert not problems, "\n".join(problems) + "\n all statements:\n" + describe_all(a)
