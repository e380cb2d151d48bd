//! Tests of the quote finder, one form of news speech each, in examples written for them.

use super::find;
use crate::{Entity, Mention, MentionForm, ParagraphKind, Quote};
use expect_test::{Expect, expect};

/// Renders the quotes of `text` one per line: kind, the parts in «», then speaker (name and the
/// words in the text), cue and addressee; diagnostics last.
fn render(text: &str, entities: &[Entity]) -> String {
    let seg = lede_text::segment(text);
    let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
    let mut diagnostics = Vec::new();
    let quotes = find(text, &seg, &kinds, entities, &mut diagnostics);
    let mut out = String::new();
    for q in &quotes {
        out.push_str(&line(text, q));
        out.push('\n');
    }
    for d in &diagnostics {
        out.push_str(&format!(
            "! {} at {:?}\n",
            d.code,
            text.get(d.start..d.end).unwrap_or("")
        ));
    }
    out
}

fn line(text: &str, q: &Quote) -> String {
    let parts: Vec<String> = q
        .parts
        .iter()
        .map(|p| format!("«{}»", text.get(p.start..p.end).unwrap_or("?")))
        .collect();
    let party = |p: &Option<crate::Party>| match p {
        None => "-".to_string(),
        Some(p) if p.name == p.text => format!("[{}]", p.name),
        Some(p) => format!("[{}]({})", p.name, p.text),
    };
    let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
    format!(
        "{} {:?} {} speaker={} cue={} to={}",
        q.id,
        q.kind,
        parts.join(" + "),
        party(&q.speaker),
        cue,
        party(&q.addressee)
    )
}

fn check(text: &str, expect: Expect) {
    expect.assert_eq(&render(text, &[]));
}

/// Runs the stage on `marked`, whose entities are written in it: `[Ann Roe]{e1 PERSON}` is
/// a mention by name that gives e1 its type and its name (`{e1 PERSON=Ann Roe}` when the
/// name differs from the mention), and `[she]{e1:pronoun}` a mention in another form.
fn check_with(marked: &str, expect: Expect) {
    let mut text = String::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find("]{").expect("markup: ]{ after [");
        let end = after[close..].find('}').expect("markup: }") + close;
        let (start, mention) = (text.len(), &after[..close]);
        text.push_str(mention);
        let tag = &after[close + 2..end];
        let (tag, form) = match tag.split_once(':') {
            Some((t, "pronoun")) => (t, MentionForm::Pronoun),
            Some((t, "title")) => (t, MentionForm::Title),
            Some((t, "alias")) => (t, MentionForm::Alias),
            Some((_, f)) => panic!("markup: unknown form {f}"),
            None => (tag, MentionForm::Name),
        };
        let (id, declared) = tag.split_once(' ').unwrap_or((tag, ""));
        if !declared.is_empty() {
            let (kind, name) = declared.split_once('=').unwrap_or((declared, mention));
            let kind = serde_json::from_value(serde_json::Value::from(kind)).expect("entity type");
            entities.push(Entity {
                id: id.to_string(),
                kind,
                name: name.to_string(),
                roles: Vec::new(),
                mentions: Vec::new(),
            });
        }
        let e = entities
            .iter_mut()
            .find(|e| e.id == id)
            .expect("markup: an entity's first mention gives its type");
        e.mentions.push(Mention {
            start,
            end: text.len(),
            text: mention.to_string(),
            form,
        });
        rest = &after[end + 1..];
    }
    text.push_str(rest);
    entities.sort_by_key(|e| e.id[1..].parse::<u32>().unwrap_or(0));
    expect.assert_eq(&render(&text, &entities));
}

#[test]
fn quote_marks_of_every_style() {
    check(
        "\"The road opens in May,\" the mayor said.\n“We are ready,” said the fire chief.\nThe coach said: « Nous avons gagné. »\n",
        expect![[r#"
            q1 Direct «The road opens in May,» speaker=[the mayor] cue=said to=-
            q2 Direct «We are ready,» speaker=[the fire chief] cue=said to=-
            q3 Direct «Nous avons gagné.» speaker=[The coach] cue=said to=-
        "#]],
    );
}

#[test]
fn single_quotes_in_a_headline() {
    check(
        "Minister says 'no new taxes' this year\n",
        expect![[r#"
            q1 Partial «no new taxes» speaker=[Minister] cue=says to=-
        "#]],
    );
}

#[test]
fn a_quote_interrupted_by_its_attribution_is_one_quote() {
    check(
        "\"The harvest was poor,\" Ana Ruiz said. \"Next year will be better.\"\n\"I'm not leaving,\" he said, \"not until the vote.\"\n",
        expect![[r#"
            q1 Direct «The harvest was poor,» + «Next year will be better.» speaker=[Ana Ruiz] cue=said to=-
            q2 Direct «I'm not leaving,» + «not until the vote.» speaker=[Ana Ruiz](he) cue=said to=-
        "#]],
    );
}

#[test]
fn a_quote_over_several_paragraphs_is_one_quote() {
    // News style: a quote running on reopens each paragraph and closes only at its end.
    check(
        "Judge Mara Voss wrote: \"The evidence is thin.\n\"The witnesses contradict each other.\n\"The case is dismissed.\"\nCourt was adjourned.\n",
        expect![[r#"
            q1 Direct «The evidence is thin.» + «The witnesses contradict each other.» + «The case is dismissed.» speaker=[Mara Voss] cue=wrote to=-
        "#]],
    );
}

#[test]
fn unbalanced_marks_are_repaired_locally() {
    // The first quote never closes; the article goes on, and the next paragraph's quote is
    // still found (textacy stops on the whole article here).
    check(
        "\"We tried everything, the owner said.\nPrices rose again in June.\n\"It is over,\" the owner told staff.\n",
        expect![[r#"
            q1 Direct «We tried everything» speaker=[the owner] cue=said to=-
            q2 Direct «It is over,» speaker=[the owner] cue=told to=[staff]
            ! unbalanced-quote at "\""
        "#]],
    );
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    check(
        "The so-called \"smart\" meters failed.\nShe starred in \"The Long Winter\" last year.\n\"Gone Fishing\" opens on Friday.\n",
        expect![""],
    );
}

#[test]
fn partial_quotes_inside_reported_speech() {
    check(
        "Lee called the plan a \"reckless gamble\" on Monday.\nThe union said the offer showed the company's \"contempt for workers\" and walked out.\n",
        expect![[r#"
            q1 Partial «reckless gamble» speaker=[Lee] cue=called to=-
            q2 Indirect «the offer showed the company's "contempt for workers" and walked out» speaker=[The union] cue=said to=-
            q3 Partial «contempt for workers» speaker=[The union] cue=said to=-
        "#]],
    );
}

#[test]
fn indirect_speech_in_every_order() {
    check(
        "Tom Park said that the bridge would close for repairs.\nThe senator told voters she would run again next year.\nThe ministry has denied that any troops crossed the border.\nThe fire was started by a cigarette, investigators said on Tuesday.\nAccording to the police, the driver was not hurt.\nThe board reiterated on Friday that the school will stay open.\n",
        expect![[r#"
            q1 Indirect «the bridge would close for repairs» speaker=[Tom Park] cue=said to=-
            q2 Indirect «she would run again next year» speaker=[The senator] cue=told to=[voters]
            q3 Indirect «any troops crossed the border» speaker=[The ministry] cue=denied to=-
            q4 Indirect «The fire was started by a cigarette» speaker=[investigators] cue=said to=-
            q5 Indirect «the driver was not hurt» speaker=[the police] cue=According to to=-
            q6 Indirect «the school will stay open» speaker=[The board] cue=reiterated to=-
        "#]],
    );
}

#[test]
fn a_typographic_apostrophe_reads_as_the_plain_one() {
    // Web text writes "doesn’t" and "they’ll" with U+2019; the word lists with "'". A pronoun
    // and its auxiliary written as one word ("they’ll", "we're") start a clause too.
    check(
        "Tom Park said the plan doesn’t work.\nTom Park said the plan doesn't work.\nAnn Roe said they’ll rebuild the bridge.\nAnn Roe said we're ready to rebuild it.\n",
        expect![[r#"
            q1 Indirect «the plan doesn’t work» speaker=[Tom Park] cue=said to=-
            q2 Indirect «the plan doesn't work» speaker=[Tom Park] cue=said to=-
            q3 Indirect «they’ll rebuild the bridge» speaker=[Ann Roe] cue=said to=-
            q4 Indirect «we're ready to rebuild it» speaker=[Ann Roe] cue=said to=-
        "#]],
    );
}

#[test]
fn an_attribution_in_the_middle_of_reported_speech() {
    check(
        "The water, the engineer said, is safe to drink.\n",
        expect![[r#"
            q1 Indirect «The water» + «is safe to drink» speaker=[the engineer] cue=said to=-
        "#]],
    );
}

#[test]
fn speakers_in_every_order_and_across_appositives() {
    // CoreNLP leaves the speaker unknown after an appositive and for verbs other than "said".
    check(
        "Hugh Hill, a doctor at the clinic, said: \"Wash your hands.\"\n\"The test is late,\" said Dr. Ines Moreau at a news conference.\n\"Never again,\" quipped Ray Cole, a former coach.\n\"We stand firm,\" Deputy Minister Olu Bello insisted.\n",
        expect![[r#"
            q1 Direct «Wash your hands.» speaker=[Hugh Hill] cue=said to=-
            q2 Direct «The test is late,» speaker=[Ines Moreau] cue=said to=-
            q3 Direct «Never again,» speaker=[Ray Cole] cue=quipped to=-
            q4 Direct «We stand firm,» speaker=[Olu Bello] cue=insisted to=-
        "#]],
    );
}

#[test]
fn descriptions_without_their_closing_comma_and_relative_clauses_in_them() {
    // The name before a description speaks when the description runs up to the cue without
    // the comma that would close it, and a relative clause that closes a description holds
    // no speaker; an opening date, place or adverb set off by a comma is no name, nor is the
    // end of reported words before "a spokesman said".
    check(
        "Dana Okafor, spokeswoman for the Harbour Relief Committee said it had called the police.\n\
         Oleg Marchenko, a former officer who became an agent for the Dutch, said he was \"very happy\" there.\n\
         The officer, who works for Velmor, said the plan would fail.\n\
         On 28 December, a senior economic adviser said the sale was a swindle.\n\
         However, the port manager said the cranes were safe.\n\
         The ferry sank near Dunmore, a coastguard spokesman said.\n\
         \"We will appeal,\" Tom Corvo, a lawyer for the family said.\n",
        expect![[r#"
            q1 Indirect «it had called the police» speaker=[Dana Okafor] cue=said to=-
            q2 Indirect «he was "very happy" there» speaker=[Oleg Marchenko] cue=said to=-
            q3 Partial «very happy» speaker=[Oleg Marchenko] cue=said to=-
            q4 Indirect «the plan would fail» speaker=[The officer] cue=said to=-
            q5 Indirect «the sale was a swindle» speaker=[a senior economic adviser] cue=said to=-
            q6 Indirect «the cranes were safe» speaker=[the port manager] cue=said to=-
            q7 Indirect «The ferry sank near Dunmore» speaker=[a coastguard spokesman] cue=said to=-
            q8 Direct «We will appeal,» speaker=[Tom Corvo] cue=said to=-
        "#]],
    );
}

#[test]
fn addressee_and_cue() {
    check(
        "\"Talks will resume,\" Pia Holm told CNN on Sunday.\nHolm claimed to the envoy that the deal was \"almost done.\"\n",
        expect![[r#"
            q1 Direct «Talks will resume,» speaker=[Pia Holm] cue=told to=[CNN]
            q2 Indirect «the deal was "almost done."» speaker=[Holm] cue=claimed to=[the envoy]
        "#]],
    );
}

#[test]
fn organizations_and_places_speak() {
    check(
        "Ottawa has denied that it paid the ransom.\n\"No decision has been made,\" the ministry said.\n",
        expect![[r#"
            q1 Indirect «it paid the ransom» speaker=[Ottawa] cue=denied to=-
            q2 Direct «No decision has been made,» speaker=[the ministry] cue=said to=-
        "#]],
    );
}

#[test]
fn floating_quotes_take_the_speaker_before_them() {
    check(
        "\"We lost the lease,\" said Jo Grant.\n\"Nobody warned us.\"\nAlice Ng began talking.\n\"I have waited years to say this.\"\n",
        expect![[r#"
            q1 Direct «We lost the lease,» speaker=[Jo Grant] cue=said to=-
            q2 Direct «Nobody warned us.» speaker=[Jo Grant] cue=- to=-
            q3 Direct «I have waited years to say this.» speaker=[Alice Ng] cue=- to=-
        "#]],
    );
}

#[test]
fn a_pronoun_speaker_resolves_to_its_entity() {
    // textacy gives "he"; the entities stage says who "he" is.
    check_with(
        "[Sam Otto]{e1 PERSON} met the press.\n\"We will appeal,\" [he]{e1:pronoun} said.\n",
        expect![[r#"
            q1 Direct «We will appeal,» speaker=[Sam Otto](he) cue=said to=-
        "#]],
    );
}

#[test]
fn an_unresolved_pronoun_takes_the_last_person_of_its_gender() {
    // The entities stage linked earlier pronouns to Lena Fry, not this one; Tom Hale is
    // named later but only "he" ever points to him.
    check_with(
        "[Lena Fry]{e1 PERSON} opened the bakery in spring. [She]{e1:pronoun} works alone.\n[Tom Hale]{e2 PERSON}, a neighbour, helps [him]{e2:pronoun} out.\n\"I never regretted it,\" she said.\n",
        expect![[r#"
            q1 Direct «I never regretted it,» speaker=[Lena Fry](she) cue=said to=-
        "#]],
    );
}

#[test]
fn an_expletive_there_speaks_nothing() {
    // The subject of "argue" is the phrase before it; "there is no guarantee" and "there
    // are two distinct claims" report no one's words.
    check(
        "There are thousands of patents in the country and developers argue that many should \
         never have been granted.\nBut there is no guarantee they will vote for the plan.\n\
         There are two distinct claims being made here.\n",
        expect![[r#"
            q1 Indirect «many should never have been granted» speaker=[developers] cue=argue to=-
        "#]],
    );
}

#[test]
fn a_passive_belief_has_no_holder() {
    // "It was widely expected that": no one is named who expects it, and "it" stands for
    // nothing; the active form has its subject.
    check(
        "It was widely expected that the plan would pass in the spring.\n\
         Analysts expected that the plan would pass in the spring.\n",
        expect![[r#"
            q1 Indirect «the plan would pass in the spring» speaker=[Analysts] cue=expected to=-
        "#]],
    );
}

#[test]
fn asides_before_the_cue_are_no_attribution() {
    // A participle's phrase with no comma after it opens the sentence but does not speak; an
    // appositive before "says" is not what is reported, nor what follows the cue its
    // speaker; a relative clause between commas is no inserted attribution. (The phrase
    // before the cue keeps the place's name; the entity layer links the person's.)
    check(
        "Speaking in Dunmore Mr Okafor said: \"The plan has failed.\"\n\
         Marta Velkaro, the bank's policy chief, says card evidence works in other courts.\n\
         Labour MP Tom Roe, whose question showed the sum estimate, said the cost surprised \
         him.\n",
        expect![[r#"
            q1 Direct «The plan has failed.» speaker=[Dunmore Mr Okafor] cue=said to=-
            q2 Indirect «the cost surprised him» speaker=[Labour MP Tom Roe] cue=said to=-
        "#]],
    );
}

#[test]
fn a_name_set_off_by_commas_is_the_subject_not_the_name_after_the_cue() {
    // "Roe, speaking to reporters, admits Okafor, who ..., will decide": the name set off by
    // commas speaks; the name after the cue opens what is reported. An opening word set off
    // by commas is no name: there the speaker follows the cue.
    check(
        "But Roe, speaking to reporters, also admits Okafor, who has been courted by Velmor, \
         will decide.\n\
         His sister, Ann, said the driver, Tom Lee, had shown no remorse.\n\
         Currently, says Dr Velkaro, the kit is too costly for most clinics.\n",
        expect![[r#"
            q1 Indirect «Okafor, who has been courted by Velmor, will decide» speaker=[Roe] cue=admits to=-
            q2 Indirect «the driver, Tom Lee, had shown no remorse» speaker=[Ann] cue=said to=-
            q3 Indirect «the kit is too costly for most clinics» speaker=[Velkaro] cue=says to=-
        "#]],
    );
}

#[test]
fn an_attribution_set_inside_the_sentence_splits_the_words() {
    // "The problem, said Ann Lee, head of Corvex, is ...": the words reported are on both
    // sides of the attribution; the speaker's description and a relative clause on the
    // speaker are not among them, a term in quotation marks is.
    check(
        "The trouble, said Ann Lee, head of phone firm Corvex, is teaching people to use the \
         service.\n\
         Sales rose in the region, said Tom Roe, who also expected rivals to follow.\n\
         But, says Ivo Velkaro, chief executive of Zentra, it was not \"the device\" \
         itself that mattered.\n\
         The council, says Ann Roe, could act as a \"trusted broker\" and hold \"open public \
         forums\" for the residents of the town.\n",
        expect![[r#"
            q1 Indirect «The trouble» + «is teaching people to use the service» speaker=[Ann Lee] cue=said to=-
            q2 Indirect «Sales rose in the region» speaker=[Tom Roe] cue=said to=-
            q3 Indirect «it was not "the device" itself that mattered» speaker=[Ivo Velkaro] cue=says to=-
            q4 Partial «the device» speaker=[Ivo Velkaro] cue=says to=-
            q5 Indirect «The council» + «could act as a "trusted broker" and hold "open public forums" for the residents of the town» speaker=[Ann Roe] cue=says to=-
            q6 Partial «trusted broker» speaker=[Ann Roe] cue=says to=-
            q7 Partial «open public forums» speaker=[Ann Roe] cue=says to=-
        "#]],
    );
}

#[test]
fn a_plural_cue_noun_before_a_plural_verb_is_a_noun() {
    // "his bail terms were", "all claims would be": the noun; "which it claims are": the
    // verb of a relative clause, whose subject speaks.
    check(
        "The judge agreed to let him go on condition that requests to change his bail terms \
         were \"not too regular an event\".\n\
         Velmor holds the papers, which it claims are forged by rivals.\n\
         There would be a limit on visas and all claims would be processed abroad.\n",
        expect![[r#"
            q1 Partial «not too regular an event» speaker=[The judge] cue=agreed to=-
            q2 Indirect «are forged by rivals» speaker=[it] cue=claims to=-
        "#]],
    );
}

#[test]
fn adjectives_acronyms_and_verbs_read_as_nouns() {
    // "than forecast" names a figure's source; "first" after "the" is an adjective; "WHO" in
    // capitals is no relative pronoun; a clause that opens with a verb read as a noun goes on
    // after "and" to the cue, whose subject is the name before it or the name in commas.
    check(
        "Sales grew 3.7% in the quarter, slower than forecast, but faster than before.\n\
         The cost was too high, the first minister said.\n\
         The gap was still too wide, the WHO said.\n\
         The two sides, both without a win, meet on Friday and Okafor says his side is ready.\n\
         Zentra, a search engine, tracks about six million blogs and says that more are added \
         daily.\n",
        expect![[r#"
            q1 Indirect «The cost was too high» speaker=[the first minister] cue=said to=-
            q2 Indirect «The gap was still too wide» speaker=[WHO] cue=said to=-
            q3 Indirect «his side is ready» speaker=[Okafor] cue=says to=-
            q4 Indirect «more are added daily» speaker=[Zentra] cue=says to=-
        "#]],
    );
}

#[test]
fn a_perfect_participle_shares_the_subject() {
    // "having said" reports the words of the sentence's subject, as "saying" does.
    check(
        "The champion would not reveal her plans, having previously indicated she would \
         decide in March.\n",
        expect![[r#"
            q1 Indirect «she would decide in March» speaker=[The champion] cue=indicated to=-
        "#]],
    );
}

#[test]
fn the_one_quoted_speaks() {
    // "X quoted Y as saying": Y's words, not the outlet's.
    check(
        "\"We are ready,\" the agency quoted a senior official as saying.\n\
         The paper quoted Nora Okafor as saying the talks had failed.\n",
        expect![[r#"
            q1 Direct «We are ready,» speaker=[a senior official] cue=saying to=-
            q2 Indirect «the talks had failed» speaker=[Nora Okafor] cue=saying to=-
        "#]],
    );
}

#[test]
fn a_conjunction_opens_the_cues_clause() {
    // "after the firm warned": the firm warns, not the shares of the sentence's subject;
    // "after the meeting" is no clause. Nor is the sentence's start the speaker when a
    // described name follows the conjunction ("after energy watchdog Corvex said").
    check(
        "Shares in the airline tumbled after the firm warned it could run out of cash.\n\
         After the meeting the minister said the plan would go ahead.\n\
         The move comes after energy watchdog Corvex said that prices must fall.\n",
        expect![[r#"
            q1 Indirect «it could run out of cash» speaker=[the firm] cue=warned to=-
            q2 Indirect «the plan would go ahead» speaker=[the minister] cue=said to=-
            q3 Indirect «prices must fall» speaker=[Corvex] cue=said to=-
        "#]],
    );
}

#[test]
fn a_group_named_by_its_place_speaks_for_itself() {
    // "Velmor police", "Zentra officials", "one Velmor trader": the group or the person
    // speaks, not the place or the company; figures are no group, and a newspaper named
    // so is the company itself. A country's government keeps the country's link. Firms,
    // media and agencies of a people speak for themselves too.
    check_with(
        "[Velmor]{e1 GPE} police said they had arrested a man.\n\
         [Zentra]{e2 ORG} officials said the plant would close.\n\
         [Corvo]{e3 ORG} figures showed that sales had fallen.\n\
         One [Velmor]{e1 GPE} trader said prices would rise.\n\
         The [Corvo]{e3 ORG} newspaper said the plan had failed.\n\
         The [Velmor]{e1 GPE} government said the talks would go on.\n\
         [Velmor]{e1 GPE} trade officials said the deal was near.\n\
         Some [Velmorian]{e4 NORP} firms say demand is strong.\n\
         [Velmorian]{e4 NORP} media reported that the talks had failed.\n\
         [Velmorian]{e4 NORP} news agencies reported that the minister had resigned.\n",
        expect![[r#"
            q1 Indirect «they had arrested a man» speaker=[Velmor police] cue=said to=-
            q2 Indirect «the plant would close» speaker=[Zentra officials] cue=said to=-
            q3 Indirect «sales had fallen» speaker=[Corvo] cue=showed to=-
            q4 Indirect «prices would rise» speaker=[One Velmor trader] cue=said to=-
            q5 Indirect «the plan had failed» speaker=[Corvo] cue=said to=-
            q6 Indirect «the talks would go on» speaker=[Velmor](The Velmor government) cue=said to=-
            q7 Indirect «the deal was near» speaker=[Velmor trade officials] cue=said to=-
            q8 Indirect «demand is strong» speaker=[Some Velmorian firms] cue=say to=-
            q9 Indirect «the talks had failed» speaker=[Velmorian media] cue=reported to=-
            q10 Indirect «the minister had resigned» speaker=[Velmorian news agencies] cue=reported to=-
        "#]],
    );
}

#[test]
fn a_word_that_opens_a_sentence_is_nobody() {
    // "Despite ..." opening a sentence is no speaker for a later "he" to refer back to.
    check_with(
        "\"Going there is never easy,\" said [Tom Okafor]{e1 PERSON}.\n\
         Despite praising the hosts he claimed the visitors had the edge.\n\
         \"They are strong on the break,\" he added.\n",
        expect![[r#"
            q1 Direct «Going there is never easy,» speaker=[Tom Okafor] cue=said to=-
            q2 Indirect «the visitors had the edge» speaker=[Tom Okafor](he) cue=claimed to=-
            q3 Direct «They are strong on the break,» speaker=[Tom Okafor](he) cue=added to=-
        "#]],
    );
    // Nor is a plural opening a sentence ("Analysts").
    check_with(
        "\"It is hard,\" said [Tom Okafor]{e1 PERSON}.\n\
         Analysts have warned that prices will rise.\n\
         \"They will rise,\" he said.\n",
        expect![[r#"
            q1 Direct «It is hard,» speaker=[Tom Okafor] cue=said to=-
            q2 Indirect «prices will rise» speaker=[Analysts] cue=warned to=-
            q3 Direct «They will rise,» speaker=[Tom Okafor](he) cue=said to=-
        "#]],
    );
}

#[test]
fn an_age_in_apposition_is_not_the_speaker() {
    check(
        "It is a first nomination for Imelda Velmor, 49, who told reporters she had not \
         expected it.\n",
        expect![[r#"
            q1 Indirect «she had not expected it» speaker=[Imelda Velmor] cue=told to=[reporters]
        "#]],
    );
}

#[test]
fn a_party_member_speaks_for_themselves() {
    // The member described by the party speaks, not the party; a member named is that
    // person.
    check_with(
        "A [Velmor Party]{e1 ORG} MP said the plan was wrong.\n\
         [Tessa Okafor]{e2 PERSON} MP said it was right.\n",
        expect![[r#"
            q1 Indirect «the plan was wrong» speaker=[A Velmor Party MP] cue=said to=-
            q2 Indirect «it was right» speaker=[Tessa Okafor] cue=said to=-
        "#]],
    );
}

#[test]
fn a_relative_speaks_for_themselves() {
    // The mother and the friends speak, not the person they are tied to; a name in
    // apposition is the relative's own; a spokesman speaks for the one named.
    check_with(
        "Meanwhile [Nora Velkaro]{e1 PERSON}'s mother said she was certain of her son's \
         innocence. [Velkaro]{e1:alias}'s friends said he was never there.\n\
         [Velkaro]{e1:alias}'s uncle, [Rick Drummel]{e2 PERSON}, told reporters the case was \
         weak.\n\
         [Velkaro]{e1:alias}'s spokesman said he would appeal.\n",
        expect![[r#"
            q1 Indirect «she was certain of her son's innocence» speaker=[Nora Velkaro's mother] cue=said to=-
            q2 Indirect «he was never there» speaker=[Velkaro's friends] cue=said to=-
            q3 Indirect «the case was weak» speaker=[Rick Drummel] cue=told to=[reporters]
            q4 Indirect «he would appeal» speaker=[Nora Velkaro](Velkaro) cue=said to=-
        "#]],
    );
}

#[test]
fn a_description_is_not_the_place_named_inside_it() {
    check_with(
        "\"The rent doubled,\" said the weary [Lisbon]{e1 GPE} tailor.\n",
        expect![[r#"
            q1 Direct «The rent doubled,» speaker=[the weary Lisbon tailor] cue=said to=-
        "#]],
    );
}

#[test]
fn a_pull_quote_ends_with_its_speaker() {
    // A set-out line with the name after it is a quote; a plain sentence ending in a name is
    // not, nor is a name no entity stands behind.
    check_with(
        "The harbour will not reopen before the storms end. [Rosa Delgado]{e1 PERSON}\nThe ferry crew met [Rosa Delgado]{e1}.\nTickets are sold at the kiosk near the pier. Main Street\n",
        expect![[r#"
            q1 Indirect «The harbour will not reopen before the storms end.» speaker=[Rosa Delgado] cue=- to=-
        "#]],
    );
}

#[test]
fn a_statement_speaks_for_its_author() {
    check_with(
        "[Nina Kolar]{e1 PERSON} resigned on Friday.\n\"I leave with a clear conscience,\" [her]{e1:pronoun} statement said.\n",
        expect![[r#"
            q1 Direct «I leave with a clear conscience,» speaker=[Nina Kolar](her statement) cue=said to=-
        "#]],
    );
}

#[test]
fn an_unresolved_it_takes_the_organization_named_last() {
    check_with(
        "Crews from [Valley Power]{e1 ORG} worked all night.\n\"Most homes will have light by noon,\" it said.\n",
        expect![[r#"
            q1 Direct «Most homes will have light by noon,» speaker=[Valley Power](it) cue=said to=-
        "#]],
    );
}

#[test]
fn an_unresolved_it_is_not_an_organization_it_speaks_to() {
    // Named only inside the quote, the body is spoken to; named before outside it, it may
    // well be the speaker.
    check_with(
        "Forty scholars signed a letter.\n\"We ask [Velmor Council]{e1 ORG} to act,\" it said.\n\
         [Valley Power]{e2 ORG} said lines were down.\n\"[Valley Power]{e2} crews are out,\" it said.\n",
        expect![[r#"
            q1 Direct «We ask Velmor Council to act,» speaker=[it] cue=said to=-
            q2 Indirect «lines were down» speaker=[Valley Power] cue=said to=-
            q3 Direct «Valley Power crews are out,» speaker=[Valley Power](it) cue=said to=-
        "#]],
    );
}

#[test]
fn a_day_or_an_occasion_opening_the_clause_is_not_the_speaker() {
    // Without a comma after the opening phrase; a day's own possessive stays the phrase.
    check(
        "On Monday the minister said it would act. On Tuesday Nora Velmor said: \"We are \
         ready.\" In a statement Zentra said the plan was sound. During the interview Mr Okafor \
         also said he would stay. Friday's statement said the talks had failed. The firm \
         would cut jobs on Friday, the Sunday Ledger reported. In the Velmor Times interview \
         Ms Roe said: \"Yes.\" Later the minister said he had left. Later at their launch \
         party chairman Rick Okafor said it had worked. Earlier work showed that it failed.",
        expect![[r#"
            q1 Indirect «it would act» speaker=[the minister] cue=said to=-
            q2 Direct «We are ready.» speaker=[Nora Velmor] cue=said to=-
            q3 Indirect «the plan was sound» speaker=[Zentra] cue=said to=-
            q4 Indirect «he would stay» speaker=[Okafor] cue=said to=-
            q5 Indirect «The firm would cut jobs on Friday» speaker=[Sunday Ledger] cue=reported to=-
            q6 Direct «Yes.» speaker=[Roe] cue=said to=-
            q7 Indirect «he had left» speaker=[the minister] cue=said to=-
            q8 Indirect «it had worked» speaker=[Rick Okafor] cue=said to=-
        "#]],
    );
}

#[test]
fn a_pronoun_follows_the_person_who_is_the_subject_just_before() {
    // Not the speaker quoted before that sentence.
    check_with(
        "\"We won,\" said [Rick Okafor]{e1 PERSON}. [Tom Velmor]{e2 PERSON} lost a set but was \
         content. \"It was hard,\" he said.\n",
        expect![[r#"
            q1 Direct «We won,» speaker=[Rick Okafor] cue=said to=-
            q2 Direct «It was hard,» speaker=[Tom Velmor](he) cue=said to=-
        "#]],
    );
}

#[test]
fn a_pronoun_follows_the_named_subject_its_sentences_go_on_from() {
    // "Velmor lost. But he was content. '...,' he said.": the same pronoun as the subject
    // of the sentences between; not where another subject stands between.
    check_with(
        "\"We won,\" said [Rick Okafor]{e1 PERSON}. [Tom Velmor]{e2 PERSON} lost a set. But \
         he was content.\n\"It was hard,\" he said.\n\"We won,\" said [Rick Okafor]{e1 PERSON}. \
         [Tom Velmor]{e2 PERSON} lost a set. The crowd was content. \"It was hard,\" he said.\n",
        expect![[r#"
            q1 Direct «We won,» speaker=[Rick Okafor] cue=said to=-
            q2 Direct «It was hard,» speaker=[Tom Velmor](he) cue=said to=-
            q3 Direct «We won,» speaker=[Rick Okafor] cue=said to=-
            q4 Direct «It was hard,» speaker=[he] cue=said to=-
        "#]],
    );
}

#[test]
fn a_description_with_a_name_beside_it_is_that_person() {
    // Not a source after "according to", nor a name that owns what follows.
    check_with(
        "The [Velmor]{e1 GPE} Finance Minister, [Tom Okafor]{e2 PERSON}, said the budget was \
         fair.\nAccording to the [Velmor Times]{e3 ORG}, [Anna Berg]{e4 PERSON} wants to leave.\n\
         The agency, [Anna Berg]{e4 PERSON}'s old employer, said it would sue.\n",
        expect![[r#"
            q1 Indirect «the budget was fair» speaker=[Tom Okafor] cue=said to=-
            q2 Indirect «Anna Berg wants to leave» speaker=[Velmor Times] cue=According to to=-
            q3 Indirect «it would sue» speaker=[The agency] cue=said to=-
        "#]],
    );
}

#[test]
fn a_pronoun_follows_a_spokeswoman_quoted_before() {
    // Of the pronoun's sex only; a name with the word in apposition keeps the name.
    check_with(
        "A spokeswoman for [Velmor Council]{e1 ORG} said the road was shut. She added: \"It will \
         reopen.\"\n[Ann Roe]{e2 PERSON}, spokeswoman for [Zentra]{e3 ORG}, said it was sold. She \
         said: \"We are glad.\"\nA spokesman said the vote was close. She said: \"No.\"\n",
        expect![[r#"
            q1 Indirect «the road was shut» speaker=[A spokeswoman] cue=said to=-
            q2 Direct «It will reopen.» speaker=[A spokeswoman](She) cue=added to=-
            q3 Indirect «it was sold» speaker=[Ann Roe] cue=said to=-
            q4 Direct «We are glad.» speaker=[Ann Roe](She) cue=said to=-
            q5 Indirect «the vote was close» speaker=[A spokesman] cue=said to=-
            q6 Direct «No.» speaker=[She] cue=said to=-
        "#]],
    );
}

#[test]
fn a_progressive_verb_of_saying_has_its_own_subject() {
    // Only verbs that report speech in the progressive too: "was talking" does not.
    check(
        "On Thursday Mr Okafor is saying: \"We will win.\" The firm is predicting that sales \
         will rise. He was talking to friends that day.",
        expect![[r#"
            q1 Direct «We will win.» speaker=[Okafor] cue=saying to=-
            q2 Indirect «sales will rise» speaker=[The firm] cue=predicting to=-
        "#]],
    );
}

#[test]
fn whoever_rejects_claims_did_not_make_them() {
    // A cue that is also a plural noun, after such a verb, a preposition or a determiner.
    check(
        "Mr Okafor has rejected claims that he lied. The vote came amid reports that it was \
         rigged. The court rules that it is legal. The man arrested claims that he is innocent. \
         Zentra paid the regulator $5m in October to settle charges that it manipulated its \
         results. Velmor cafes broke rules that limit how close they can be to schools. Only \
         new claims that came in late were delayed.",
        expect![[r#"
            q1 Indirect «it is legal» speaker=[The court] cue=rules to=-
            q2 Indirect «he is innocent» speaker=[The man] cue=claims to=-
        "#]],
    );
}

#[test]
fn a_figures_source_reports_no_words_of_its_own() {
    // The "according to" phrase is the source once; "quoted ... as saying" still reports.
    check(
        "Growth will be 5.7%, rather than 6% as forecast before the storm. It took $40m at \
         the weekend, according to studio estimates. Zentra has held talks with the firm, \
         Reuters quoted sources as saying.",
        expect![[r#"
            q1 Indirect «It took $40m at the weekend» speaker=[studio estimates] cue=according to to=-
            q2 Indirect «Zentra has held talks with the firm» speaker=[sources] cue=saying to=-
        "#]],
    );
}

#[test]
fn a_subject_pronoun_is_a_phrase_alone() {
    // "you" does not speak; a phrase with a contraction is still no speaker.
    check(
        "Personally, I think it shows that no one has any new ideas any more. You can also \
         guarantee that prices will rise for years. I don't ever recall that it rained so much.",
        expect![[r#"
            q1 Indirect «no one has any new ideas any more» speaker=[I] cue=shows to=-
        "#]],
    );
}

#[test]
fn a_past_tense_like_its_base_form_ends_the_subject() {
    // "put", "quit", "shut" and "let" are verbs in the past too.
    check(
        "Some analysts put a positive gloss on the figures, pointing out that sales were up. \
         Dunne put the past behind him and said he had grown up. Roe is keen to put that \
         period behind her and said: \"I am older now.\"",
        expect![[r#"
            q1 Indirect «sales were up» speaker=[Some analysts] cue=pointing out to=-
            q2 Indirect «he had grown up» speaker=[Dunne] cue=said to=-
            q3 Direct «I am older now.» speaker=[Roe] cue=said to=-
        "#]],
    );
}

#[test]
fn speakers_and_addressees_take_their_entities() {
    check_with(
        "\"Welcome,\" [President Ola Berg]{e1 PERSON=Ola Berg:title} told [Kim]{e2 PERSON=Kim Lund:alias}.\n",
        expect![[r#"
            q1 Direct «Welcome,» speaker=[Ola Berg](President Ola Berg) cue=told to=[Kim Lund](Kim)
        "#]],
    );
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "\"",
        "\"\"\"\"\"\n\"",
        "« » “ ” ‘ ’ ' \" „",
        "said said said, said \"said\" according to",
        "He said.\n\n\n\"",
        "Zoë said: \"naïve café 😀\" — and then “",
    ] {
        render(text, &[]);
    }
    let many = "\"a\" ".repeat(20_000) + &"“".repeat(10_000);
    let seg = lede_text::segment(&many);
    let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
    let mut d = Vec::new();
    let q = find(&many, &seg, &kinds, &[], &mut d);
    assert!(q.len() <= 20_000);
}

proptest::proptest! {
    /// Any mix of words, quotation marks of every style, punctuation and line breaks yields
    /// quotes whose spans slice the text, in order, without a panic.
    #[test]
    fn any_text_gives_well_formed_quotes(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "\"", "“", "”", "«", "»", "'", "‘", "’", "said", "told", "he", "Ann", "Lee",
                "the", "minister", "that", ",", ".", ":", "\n", "according", "to", "é", "😀",
            ]),
            0..60,
        )
    ) {
        let text = words.join(" ");
        let seg = lede_text::segment(&text);
        let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
        let mut d = Vec::new();
        let quotes = find(&text, &seg, &kinds, &[], &mut d);
        for (i, q) in quotes.iter().enumerate() {
            proptest::prop_assert_eq!(&q.id, &format!("q{}", i + 1));
            proptest::prop_assert!(q.start <= q.end && q.end <= text.len());
            for p in &q.parts {
                proptest::prop_assert!(text.get(p.start..p.end).is_some());
            }
            if let Some(s) = &q.speaker {
                proptest::prop_assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
            }
        }
    }
}

#[test]
fn an_organization_speaks_through_it() {
    check_with(
        "\"Power is back,\" [Hydro North]{e1 ORG} said.\n\"Crews worked all night,\" it said.\n",
        expect![[r#"
            q1 Direct «Power is back,» speaker=[Hydro North] cue=said to=-
            q2 Direct «Crews worked all night,» speaker=[Hydro North](it) cue=said to=-
        "#]],
    );
}

#[test]
fn a_description_as_reported_words() {
    check(
        "Police described the fire as an act of arson.\n",
        expect![[r#"
            q1 Indirect «an act of arson» speaker=[Police] cue=described to=-
        "#]],
    );
}

// quotes3: spans and kinds

#[test]
fn a_partial_quote_that_is_most_of_its_clause_stands_alone() {
    check(
        "The coach said she was \"thrilled to be back in the league\" after the vote.\n",
        expect![[r#"
            q1 Partial «thrilled to be back in the league» speaker=[The coach] cue=said to=-
        "#]],
    );
}

#[test]
fn a_quoted_tail_belongs_to_its_reported_clause() {
    check(
        "The union said the closures would leave rural towns \"without a doctor.\"\n",
        expect![[r#"
            q1 Indirect «the closures would leave rural towns "without a doctor."» speaker=[The union] cue=said to=-
        "#]],
    );
}

#[test]
fn a_phrase_quoted_inside_its_clause_is_kept_beside_it() {
    check(
        "The senator said the treaty gave \"political cover\" to the rebels in the north.\n",
        expect![[r#"
            q1 Indirect «the treaty gave "political cover" to the rebels in the north» speaker=[The senator] cue=said to=-
            q2 Partial «political cover» speaker=[The senator] cue=said to=-
        "#]],
    );
}

#[test]
fn a_closing_attribution_with_an_added_clause_gives_two_quotes() {
    check(
        "The bridge will stay closed until June, the engineer said, adding that repairs may cost more.\n",
        expect![[r#"
            q1 Indirect «The bridge will stay closed until June» speaker=[the engineer] cue=said to=-
            q2 Indirect «repairs may cost more» speaker=[the engineer] cue=adding to=-
        "#]],
    );
}

#[test]
fn plural_subjects_report_what_they_found() {
    check(
        "Bus drivers report they are short of staff.\nThe police report they filed was thin.\n",
        expect![[r#"
            q1 Indirect «they are short of staff» speaker=[Bus drivers] cue=report to=-
        "#]],
    );
}

#[test]
fn according_to_a_source_with_an_aside_between_dashes() {
    check(
        "According to the survey — which polled 2,000 adults across the country — the average family spends more on rent than on food.\n",
        expect![[r#"
            q1 Indirect «the average family spends more on rent than on food» speaker=[the survey] cue=According to to=-
        "#]],
    );
}

#[test]
fn a_dateline_is_no_part_of_the_reported_words() {
    // Not a place in capitals that is the clause's own subject.
    check(
        "WASHINGTON (Reuters) - The central bank held rates steady on Wednesday, its chair said.\nVELMOR, Texas — The storm killed three people, officials said.\nNATO troops left the town on Monday, officials said.\n",
        expect![[r#"
            q1 Indirect «The central bank held rates steady on Wednesday» speaker=[its chair] cue=said to=-
            q2 Indirect «The storm killed three people» speaker=[officials] cue=said to=-
            q3 Indirect «NATO troops left the town on Monday» speaker=[officials] cue=said to=-
        "#]],
    );
}

#[test]
fn according_to_a_source_with_an_apposition() {
    // Past the apposition to the source; but a phrase that a verb follows at once is the
    // clause's subject, a stray comma after it.
    check(
        "According to Rick Okafor, an analyst at Zentra Capital, the rally may not last.\nAccording to the firm, the total count, has doubled since May.\n",
        expect![[r#"
            q1 Indirect «the rally may not last» speaker=[Rick Okafor] cue=According to to=-
            q2 Indirect «the total count, has doubled since May» speaker=[the firm] cue=According to to=-
        "#]],
    );
}

#[test]
fn an_according_to_aside_between_subject_and_predicate() {
    check(
        "The mayor, according to the city's auditors, rejected the offer from the developer.\nThe budget, according to the report, was short by a third.\nTown officials, according to minutes of the meeting, the usual ones.\n",
        expect![[r#"
            q1 Indirect «The mayor» + «rejected the offer from the developer» speaker=[the city's auditors] cue=according to to=-
            q2 Indirect «The budget» + «was short by a third» speaker=[the report] cue=according to to=-
        "#]],
    );
}

#[test]
fn a_request_or_advice_is_reported_from_to_on() {
    check(
        "The utility urged residents to conserve water during the heat wave.\nThe council asked Dana Reyes, a retired judge, to review the hiring rules.\nOfficials warned hikers not to climb the ridge after dark.\nThe coach wants to ask the players to stay.\n",
        expect![[r#"
            q1 Indirect «to conserve water during the heat wave» speaker=[The utility] cue=urged to=[residents]
            q2 Indirect «to review the hiring rules» speaker=[The council] cue=asked to=[Dana Reyes]
            q3 Indirect «not to climb the ridge after dark» speaker=[Officials] cue=warned to=[hikers]
        "#]],
    );
}

#[test]
fn noted_takes_a_bare_clause() {
    check(
        "The coach noted the two players are very close.\nThe mayor defended the budget, noting the city has grown by a third.\nThe report noted the increase in fares.\nThe yield on the Treasury note rose to 4 per cent.\n",
        expect![[r#"
            q1 Indirect «the two players are very close» speaker=[The coach] cue=noted to=-
            q2 Indirect «the city has grown by a third» speaker=[The mayor] cue=noting to=-
        "#]],
    );
}

#[test]
fn a_closing_attribution_after_a_quoted_tail() {
    check(
        "When the storm hit, the roof collapsed \"like a house of cards,\" she said.\n",
        expect![[r#"
            q1 Indirect «When the storm hit, the roof collapsed "like a house of cards,"» speaker=[she] cue=said to=-
        "#]],
    );
}

#[test]
fn a_link_to_a_video_is_not_the_story_speaking() {
    check(
        "WATCH: Mayor says the new bridge will open next spring\nThe mayor says the new bridge will open next spring.\n",
        expect![[r#"
            q1 Indirect «the new bridge will open next spring» speaker=[The mayor] cue=says to=-
        "#]],
    );
}

#[test]
fn an_embedded_post_speaks_for_its_author() {
    check(
        "Crews worked overnight.\nOur crews are working around the clock to restore power. Thank you for your patience. #StormWatch pic.twitter.com/AbC123xyz — Coastal Power (@coastalpower) March 3, 2021\n",
        expect![[r#"
            q1 Indirect «Our crews are working around the clock to restore power. Thank you for your patience.» speaker=[Coastal Power] cue=- to=-
        "#]],
    );
}

#[test]
fn a_pull_quote_may_give_the_speaker_a_role() {
    check_with(
        "Nothing will change overnight, and we have to be honest about that. [Ada Brandt]{e1 PERSON}, city councillor\n",
        expect![[r#"
            q1 Indirect «Nothing will change overnight, and we have to be honest about that.» speaker=[Ada Brandt] cue=- to=-
        "#]],
    );
}

#[test]
fn a_show_named_in_quotation_marks_is_not_a_quote() {
    check(
        "The senator told the network's \"Morning Report\" that the bill would pass.\n",
        expect![[r#"
            q1 Indirect «the bill would pass» speaker=[The senator] cue=told to=[the network's]
        "#]],
    );
}

#[test]
fn attribute_values_of_leftover_markup_are_not_quotes() {
    check(
        "<post author=\"janedoe\" time=\"1474387200\">The vote is today.</post>\nThe mayor said <a title=\"Read the full budget plan here\">the plan</a> was final.\n",
        expect![[r#"
            q1 Indirect «<a title="Read the full budget plan here">the plan</a> was final» speaker=[The mayor] cue=said to=-
        "#]],
    );
}

#[test]
fn a_reported_clause_ends_where_the_next_cue_begins() {
    check(
        "The chef said he was tired and then joked to the crew, \"Dinner is on me tonight.\"\n",
        expect![[r#"
            q1 Indirect «he was tired» speaker=[The chef] cue=said to=-
            q2 Direct «Dinner is on me tonight.» speaker=[The chef] cue=joked to=[the crew]
        "#]],
    );
}

#[test]
fn a_day_after_the_cue_is_not_part_of_the_clause() {
    check(
        "The mayor said Tuesday the plan will cost taxpayers $5 million.\nThe company confirmed Monday it would close three stores.\n",
        expect![[r#"
            q1 Indirect «the plan will cost taxpayers $5 million» speaker=[The mayor] cue=said to=-
            q2 Indirect «it would close three stores» speaker=[The company] cue=confirmed to=-
        "#]],
    );
}

#[test]
fn a_relative_clause_inside_the_reported_subject() {
    check(
        "The union said the offer, which was tabled on Friday, falls short of what members need.\nThe union said the offer was fair, which surprised many members.\n",
        expect![[r#"
            q1 Indirect «the offer, which was tabled on Friday, falls short of what members need» speaker=[The union] cue=said to=-
            q2 Indirect «the offer was fair» speaker=[The union] cue=said to=-
        "#]],
    );
}

#[test]
fn a_quantifier_after_the_hearer_opens_the_clause() {
    check(
        "Officials told reporters more than half of the requests were approved.\n",
        expect![[r#"
            q1 Indirect «more than half of the requests were approved» speaker=[Officials] cue=told to=[reporters]
        "#]],
    );
}

#[test]
fn adding_after_a_direct_quote_keeps_its_speaker() {
    check(
        "\"We are ready,\" said Jane Moss, adding that the team had trained for months.\nMoss has said repeatedly that the plan is dead.\n",
        expect![[r#"
            q1 Direct «We are ready,» speaker=[Jane Moss] cue=said to=-
            q2 Indirect «the team had trained for months» speaker=[Jane Moss] cue=adding to=-
            q3 Indirect «the plan is dead» speaker=[Moss] cue=said to=-
        "#]],
    );
}

#[test]
fn a_clause_ending_in_quoted_words_carries_all_its_quoted_phrases() {
    check(
        "The coach said the team is \"ready to go\" and \"hungry for a win.\"\n",
        expect![[r#"
            q1 Indirect «the team is "ready to go" and "hungry for a win."» speaker=[The coach] cue=said to=-
        "#]],
    );
}

#[test]
fn a_report_inside_an_according_to_clause_is_a_quote_too() {
    check(
        "According to the survey, most tenants say they feel unsafe at night.\n",
        expect![[r#"
            q1 Indirect «most tenants say they feel unsafe at night» speaker=[the survey] cue=According to to=-
            q2 Indirect «they feel unsafe at night» speaker=[most tenants] cue=say to=-
        "#]],
    );
}

#[test]
fn what_is_reported_may_be_an_ing_clause() {
    check(
        "Doctors report seeing more cases of the flu this winter.\nMany tenants reported being turned away at the door.\nThe company reported earnings of $3 million.\n",
        expect![[r#"
            q1 Indirect «seeing more cases of the flu this winter» speaker=[Doctors] cue=report to=-
            q2 Indirect «being turned away at the door» speaker=[Many tenants] cue=reported to=-
        "#]],
    );
}

#[test]
fn a_subordinate_clause_after_the_attribution_is_the_writers() {
    check(
        "Rents are rising fast in the city, officials said, and as families worry about the coming winter, shelters are filling up.\nRents are rising fast, she said, and wages are not keeping up.\n",
        expect![[r#"
            q1 Indirect «Rents are rising fast in the city» speaker=[officials] cue=said to=-
            q2 Indirect «Rents are rising fast» + «and wages are not keeping up» speaker=[she] cue=said to=-
        "#]],
    );
}

#[test]
fn quotes_in_doubled_single_marks() {
    check(
        "``The dam will hold,'' the engineer said. ''We checked it twice.''\nShe called the plan ''a gamble'' in a letter to the council.\n",
        expect![[r#"
            q1 Direct «The dam will hold,» + «We checked it twice.» speaker=[the engineer] cue=said to=-
            q2 Partial «a gamble» speaker=[She] cue=called to=-
        "#]],
    );
}

// quotes4: speakers

#[test]
fn he_after_a_named_speaker_is_that_speaker_not_the_man_spoken_about() {
    // The entities stage linked "he" to the man the last sentence was about; the reader
    // takes the prosecutor who has been speaking.
    check_with(
        "The charges against [Carl Pike]{e1 PERSON} are grave, [Dana Firth]{e2 PERSON} said.\n\"We will ask for t[he]{e1:pronoun} maximum,\" he said.\n",
        expect![[r#"
            q1 Indirect «The charges against Carl Pike are grave» speaker=[Dana Firth] cue=said to=-
            q2 Direct «We will ask for the maximum,» speaker=[Dana Firth](he) cue=said to=-
        "#]],
    );
}

#[test]
fn she_is_not_a_man_named_as_the_last_speaker() {
    // A new subject after an opening phrase ("In a letter, party leader Ann Roe ...") stops
    // "she" from going back to the earlier speaker; so does his first name.
    check_with(
        "\"We lost,\" [Lee Lyle]{e1 PERSON} said.\nIn a letter on Friday, party leader [Ann Roe]{e2 PERSON} was calmer. Though [she]{e2:pronoun} called it \"sad,\" Roe said little.\n",
        expect![[r#"
            q1 Direct «We lost,» speaker=[Lee Lyle] cue=said to=-
            q2 Partial «sad,» speaker=[Ann Roe](she) cue=called to=-
        "#]],
    );
    check_with(
        "\"We lost,\" [Jeff Lyle]{e1 PERSON} said.\n\"It hurts,\" she said.\n",
        expect![[r#"
            q1 Direct «We lost,» speaker=[Jeff Lyle] cue=said to=-
            q2 Direct «It hurts,» speaker=[she] cue=said to=-
        "#]],
    );
}

#[test]
fn a_body_named_by_its_kind_is_the_one_just_named() {
    check_with(
        "[Norvale Power]{e1 ORG} said repairs would take days.\nCrews are out in force, the utility said.\n\"Some lines are down,\" it said.\n\"Stay away from them.\"\n",
        expect![[r#"
            q1 Indirect «repairs would take days» speaker=[Norvale Power] cue=said to=-
            q2 Indirect «Crews are out in force» speaker=[Norvale Power](the utility) cue=said to=-
            q3 Direct «Some lines are down,» speaker=[Norvale Power](it) cue=said to=-
            q4 Direct «Stay away from them.» speaker=[Norvale Power](it) cue=- to=-
        "#]],
    );
}

#[test]
fn she_in_a_story_about_one_woman_is_that_woman() {
    // Her name was given paragraphs ago and no one else could be "she"; a quote after "Her
    // advice is plain." is hers too.
    check_with(
        "[Rosa Quill]{e1 PERSON} runs the bakery on Elm Street.\n[She]{e1:pronoun} bought it in 2009.\nThe street has changed since then.\nRents doubled and two shops closed.\nThe council has no plan.\n\"We are still here,\" she says.\n\"Flour costs more,\" said [Tom Reyes]{e2 PERSON}, a miller.\nHer advice is plain: buy local.\n\"Every loaf counts.\"\n",
        expect![[r#"
            q1 Direct «We are still here,» speaker=[Rosa Quill](she) cue=says to=-
            q2 Direct «Flour costs more,» speaker=[Tom Reyes] cue=said to=-
            q3 Direct «Every loaf counts.» speaker=[Rosa Quill](Her) cue=- to=-
        "#]],
    );
}

#[test]
fn she_stays_as_written_after_a_speaker_who_could_be_her() {
    // The entities stage took "Kerr" for an organization: "she" could be Kerr, so it is not
    // sent back to the one woman named long before; nor with Jo Kerr only named.
    check_with(
        "[Rosa Quill]{e1 PERSON} runs the bakery.\n[She]{e1:pronoun} bought it in 2009.\nThe street has changed.\nRents doubled.\n[Kerr]{e2 ORG} said the shop next door closed.\n\"I miss it,\" she said.\n",
        expect![[r#"
            q1 Indirect «the shop next door closed» speaker=[Kerr] cue=said to=-
            q2 Direct «I miss it,» speaker=[she] cue=said to=-
        "#]],
    );
}

#[test]
fn she_stays_as_written_after_a_person_like_name_of_no_person() {
    check_with(
        "[Rosa Quill]{e1 PERSON} runs the bakery.\n[She]{e1:pronoun} bought it in 2009.\nThe street has changed.\nRents doubled.\n[Jo Kerr]{e2 ORG} turned the shop next door into a cafe.\n\"I love it,\" she said.\n",
        expect![[r#"
            q1 Direct «I love it,» speaker=[she] cue=said to=-
        "#]],
    );
}

#[test]
fn a_name_after_a_dash_signs_the_quote_on_its_line() {
    check(
        "Readers wrote in about the new bridge.\n\"It saves me an hour a day.\" ― Maria Olsen\n\"The tolls are too high.\"— Paul Brandt.\n\"I still take the ferry.\" - Sam\n",
        expect![[r#"
            q1 Direct «It saves me an hour a day.» speaker=[Maria Olsen] cue=- to=-
            q2 Direct «The tolls are too high.» speaker=[Paul Brandt] cue=- to=-
            q3 Direct «I still take the ferry.» speaker=[Sam] cue=- to=-
        "#]],
    );
}

#[test]
fn a_party_label_in_brackets_between_name_and_verb() {
    check(
        "\"The bill is dead,\" Sen. Ada Lowe (D-Ore.) said on Monday.\n\"We will try again,\" Rep. Tim Oakes (R) told reporters.\n",
        expect![[r#"
            q1 Direct «The bill is dead,» speaker=[Ada Lowe] cue=said to=-
            q2 Direct «We will try again,» speaker=[Tim Oakes] cue=told to=[reporters]
        "#]],
    );
}

#[test]
fn subjects_past_a_colon_verb_an_opening_quote_and_a_label() {
    check(
        "Ann Lee reports:\n\"Fewer than a third of the donors gave more than $100 this year.\"\n\"Stay with me,\" Ana sings to Rob before asking him, \"Where do we go now?\"\n\"They would never get a deal,\" Rep. Jim Crane (R-Ohio), a panel member, said by phone.\n",
        expect![[r#"
            q1 Direct «Fewer than a third of the donors gave more than $100 this year.» speaker=[Ann Lee] cue=- to=-
            q2 Direct «Stay with me,» + «Where do we go now?» speaker=[Ana] cue=asking to=-
            q3 Direct «They would never get a deal,» speaker=[Jim Crane] cue=said to=-
        "#]],
    );
}

#[test]
fn a_quoted_sentence_is_no_new_subject_between_speaker_and_pronoun() {
    // "Now I ..." inside the quote is no subject that would cut "he" off from Ortiz, and the
    // man named in passing after it is not the speaker.
    check_with(
        "[Tom Hale]{e2 PERSON} said [he]{e2:pronoun} sold the stall.\n\"It took years,\" says [Paul Ortiz]{e1 PERSON}.\n\"Now I sell hundreds.\" His stall, once [Tom Hale]{e2}'s, has grown. \"Next year, a shop,\" he said.\n",
        expect![[r#"
            q1 Indirect «he sold the stall» speaker=[Tom Hale] cue=said to=-
            q2 Direct «It took years,» speaker=[Paul Ortiz] cue=says to=-
            q3 Direct «Now I sell hundreds.» speaker=[Paul Ortiz] cue=- to=-
            q4 Direct «Next year, a shop,» speaker=[Paul Ortiz](he) cue=said to=-
        "#]],
    );
}

#[test]
fn a_cue_after_a_conjunction_has_its_own_subject() {
    check(
        "Members of the Farm Caucus met on Friday, shortly after Lopez said he would back the bill.\nThe vote came before he said the fund was empty.\n",
        expect![[r#"
            q1 Indirect «he would back the bill» speaker=[Lopez] cue=said to=-
            q2 Indirect «the fund was empty» speaker=[Lopez](he) cue=said to=-
        "#]],
    );
}

#[test]
fn a_question_attributed_in_the_next_sentence() {
    check(
        "\"That is right,\" Mel said.\n\"Who would have believed it?\" Tom Reed said, looking at the crowd.\n\"Really?\" asked Ann Lee.\n\"Who knows?\" The hall went quiet.\n",
        expect![[r#"
            q1 Direct «That is right,» speaker=[Mel] cue=said to=-
            q2 Direct «Who would have believed it?» speaker=[Tom Reed] cue=- to=-
            q3 Direct «Really?» speaker=[Ann Lee] cue=asked to=-
            q4 Direct «Who knows?» speaker=[Ann Lee] cue=- to=-
        "#]],
    );
}

#[test]
fn a_person_of_an_institution_speaks_not_the_institution() {
    check_with(
        "Economist [Raj Patel]{e1 PERSON} of the [Ridgeway Institute]{e2 ORG} said both had a point.\nThe [Bank of Norland]{e3 ORG} said rates would hold.\n",
        expect![[r#"
            q1 Indirect «both had a point» speaker=[Raj Patel] cue=said to=-
            q2 Indirect «rates would hold» speaker=[Bank of Norland] cue=said to=-
        "#]],
    );
}

#[test]
fn he_after_another_man_named_in_his_sentence_is_left_to_the_entities_stage() {
    check_with(
        "\"We won,\" [Dan Firth]{e1 PERSON} said.\nAfter [Carl Pike]{e2 PERSON} arrived, [he]{e2:pronoun} said the vote was fair.\n",
        expect![[r#"
            q1 Direct «We won,» speaker=[Dan Firth] cue=said to=-
            q2 Indirect «the vote was fair» speaker=[Carl Pike](he) cue=said to=-
        "#]],
    );
}

#[test]
fn a_demand_frames_quoted_words_but_not_a_clause() {
    check(
        "\"Where is the money?\" the auditor demanded.\nThe union demanded higher pay for night shifts.\n",
        expect![[r#"
            q1 Direct «Where is the money?» speaker=[the auditor] cue=demanded to=-
        "#]],
    );
}

#[test]
fn an_opening_phrase_before_a_subject_and_verb_is_not_reported_words() {
    check(
        "Shortly after the vote, which the mayor won, officials agreed to a new budget.\nIn the preface to the report, the panel said nothing new.\nThe harbour will stay closed until June, the engineer said.\n",
        expect![[r#"
            q1 Indirect «The harbour will stay closed until June» speaker=[the engineer] cue=said to=-
        "#]],
    );
}

#[test]
fn an_audience_described_in_words_is_not_the_name_inside_it() {
    check_with(
        "\"Rates will hold,\" [Ada Stone]{e1 PERSON} told a [Lisbon]{e2 GPE} business lunch.\n\"We are ready,\" [Stone]{e1} told [Reuters]{e3 ORG} news agency.\n",
        expect![[r#"
            q1 Direct «Rates will hold,» speaker=[Ada Stone] cue=told to=[a Lisbon business lunch]
            q2 Direct «We are ready,» speaker=[Ada Stone](Stone) cue=told to=[Reuters]
        "#]],
    );
}

#[test]
fn nouns_in_ly_do_not_end_a_speaker_phrase() {
    check(
        "\"The road is ready,\" said rally driver Dave Hawkins.\n\"We will be back,\" his family said.\n\"Prices will rise,\" the firm reportedly said.\n",
        expect![[r#"
            q1 Direct «The road is ready,» speaker=[Dave Hawkins] cue=said to=-
            q2 Direct «We will be back,» speaker=[his family] cue=said to=-
            q3 Direct «Prices will rise,» speaker=[the firm] cue=said to=-
        "#]],
    );
}

#[test]
fn a_described_speaker_is_the_person_given_that_role() {
    // The role before the name, the role in an apposition, and a modifier the description
    // adds ("former") that the name did not have.
    check_with(
        "[Harbour City]{e1 ORG} defender [Tom Reed]{e2 PERSON} was sent off.\n\"We were poor,\" the defender said.\n[Ann Roe]{e3 PERSON}, the health minister, opened a clinic.\n\"This matters,\" said the former minister.\n",
        expect![[r#"
            q1 Direct «We were poor,» speaker=[Tom Reed](the defender) cue=said to=-
            q2 Direct «This matters,» speaker=[Ann Roe](the former minister) cue=said to=-
        "#]],
    );
}

#[test]
fn a_described_speaker_of_two_people_is_the_one_with_the_role() {
    // Two people in view: the role says which, whichever was named last.
    check_with(
        "Striker [Tom Reed]{e1 PERSON} scored twice and coach [Jim Fox]{e2 PERSON} was pleased.\n\"I was lucky,\" the striker said.\n\"He was not,\" the coach said.\n",
        expect![[r#"
            q1 Direct «I was lucky,» speaker=[Tom Reed](the striker) cue=said to=-
            q2 Direct «He was not,» speaker=[Jim Fox](the coach) cue=said to=-
        "#]],
    );
}

#[test]
fn a_speaker_described_by_age_is_the_person_of_that_age() {
    check_with(
        "[Ann Roe]{e1 PERSON}, 30, and [Mia Lund]{e2 PERSON}, 41, finished level.\n\"I am delighted,\" said the 30-year-old.\n34-year-old [Tom Reed]{e3 PERSON} was third.\n\"Next time,\" the 34-year-old midfielder said.\n",
        expect![[r#"
            q1 Direct «I am delighted,» speaker=[Ann Roe](the 30-year-old) cue=said to=-
            q2 Direct «Next time,» speaker=[Tom Reed](the 34-year-old midfielder) cue=said to=-
        "#]],
    );
}

#[test]
fn a_description_that_matches_nobody_stays_as_written() {
    // Two people and no referee among them; a body described by its kind is never a person;
    // a kinship word names someone related to the person in view, not that person.
    check_with(
        "[Tom Reed]{e1 PERSON} and [Ann Roe]{e2 PERSON} were booked.\n\"Both were late,\" the referee said.\n[Jim Fox]{e3 PERSON} left the club in May.\n\"We wish him well,\" the club said.\n[Sam Hill]{e4 PERSON}, 5, won the prize.\n\"He was thrilled,\" the father said.\n",
        expect![[r#"
            q1 Direct «Both were late,» speaker=[the referee] cue=said to=-
            q2 Direct «We wish him well,» speaker=[the club] cue=said to=-
            q3 Direct «He was thrilled,» speaker=[the father] cue=said to=-
        "#]],
    );
}

#[test]
fn a_description_is_the_one_person_in_view_unless_the_text_rules_them_out() {
    // One person named just before, given no other title: the singer is her. Another title
    // ("Coach Jim Fox" is no striker), a name after the description in its sentence ("the
    // judge agreed with Ann Roe"), a rank ("deputy leader" is not "the leader") and another
    // place ("Norvale police chief" is not "the Eastport police chief") rule a person out.
    check_with(
        "[Mary Hall]{e1 PERSON} released an album on Friday.\n\"It took years,\" the singer said.\nCoach [Jim Fox]{e2 PERSON} named the team.\n\"We are ready,\" the striker said.\n[Ann Roe]{e3 PERSON} asked for privacy.\nThe judge agreed with [Ann Roe]{e3 PERSON} that \"there was no reason to intrude\".\nDeputy leader [Tom Reed]{e4 PERSON} resigned.\n\"It is a loss,\" the leader said.\nNorvale police chief [Bob Lee]{e5 PERSON} backed the plan.\n\"It is a mistake,\" the Eastport police chief said.\n",
        expect![[r#"
            q1 Direct «It took years,» speaker=[Mary Hall](the singer) cue=said to=-
            q2 Direct «We are ready,» speaker=[the striker] cue=said to=-
            q3 Partial «there was no reason to intrude» speaker=[The judge] cue=agreed to=-
            q4 Direct «It is a loss,» speaker=[the leader] cue=said to=-
            q5 Direct «It is a mistake,» speaker=[the Eastport police chief] cue=said to=-
        "#]],
    );
}

#[test]
fn a_described_speaker_after_a_named_one_carries_on_their_voice() {
    // The speaker just named, with nobody else named since; the subject of the sentence
    // before when it is a name; the same description later in the story.
    check_with(
        "\"I am staying,\" [Tom Reed]{e1 PERSON} said.\n\"It was close,\" the veteran added.\n[Ann Roe]{e2 PERSON} was puzzled by the decision.\n\"I was onside,\" said the winger.\nThe prime minister, [Jo Kerr]{e3 PERSON}, spoke first.\n\"We will act,\" the prime minister said.\n",
        expect![[r#"
            q1 Direct «I am staying,» speaker=[Tom Reed] cue=said to=-
            q2 Direct «It was close,» speaker=[Tom Reed](the veteran) cue=added to=-
            q3 Direct «I was onside,» speaker=[Ann Roe](the winger) cue=said to=-
            q4 Direct «We will act,» speaker=[Jo Kerr](the prime minister) cue=said to=-
        "#]],
    );
}

#[test]
fn findings_and_beliefs_report_a_that_clause() {
    check(
        "A survey by the council showed that most tenants were paying too much for heat.\nThe latest poll shows that the mayor has lost ground in the suburbs.\nEngineers believe that the bridge can carry twice the load.\nThe auditor pointed out that the fund had no board for a year.\nThe judge ruled that the fine was too high.\n",
        expect![[r#"
            q1 Indirect «most tenants were paying too much for heat» speaker=[A survey] cue=showed to=-
            q2 Indirect «the mayor has lost ground in the suburbs» speaker=[The latest poll] cue=shows to=-
            q3 Indirect «the bridge can carry twice the load» speaker=[Engineers] cue=believe to=-
            q4 Indirect «the fund had no board for a year» speaker=[The auditor] cue=pointed out to=-
            q5 Indirect «the fine was too high» speaker=[The judge] cue=ruled to=-
        "#]],
    );
}

#[test]
fn a_finding_without_a_that_clause_is_no_quote() {
    // A bare object, "that" as a determiner or opening a relative clause, an infinitive and a
    // denial report nothing.
    check(
        "The police believe in second chances for young offenders.\nThe chart shows no sign of a recovery this year.\nShe showed that photo to the jury on Monday.\nThe figures that showed a loss were wrong.\nThe data do not show that prices fell at all.\nThey hoped to show that the plan works well.\n",
        expect![""],
    );
}

#[test]
fn a_claim_with_its_owner_reports_a_that_clause() {
    // With no owner, as the subject of its sentence, or with a relative clause after "that",
    // the noun reports nothing.
    check(
        "Critics disputed the mayor's claim that the budget was balanced.\nThe panel rejected her insistence that the vote had been rigged.\nThe mayor's claim that the budget was balanced drew scorn.\nNobody believed the claim that the river was clean.\nThey checked his claim that surfaced last week.\n",
        expect![[r#"
            q1 Indirect «the budget was balanced» speaker=[the mayor] cue=claim to=-
            q2 Indirect «the vote had been rigged» speaker=[her] cue=insistence to=-
        "#]],
    );
}

#[test]
fn plain_claim_and_report_take_a_that_clause() {
    // After a possessive "claim" is the noun, whose owner speaks (not the subject of the
    // sentence); before a verb, "that" opens a relative clause.
    check(
        "Opponents claim that the new levy will hurt farmers.\nThe local paper reports that the plant will close in May.\nWe read their claim that the levy was fair.\nShe cited news reports that surfaced in June.\n",
        expect![[r#"
            q1 Indirect «the new levy will hurt farmers» speaker=[Opponents] cue=claim to=-
            q2 Indirect «the plant will close in May» speaker=[The local paper] cue=reports to=-
            q3 Indirect «the levy was fair» speaker=[their] cue=claim to=-
        "#]],
    );
}

#[test]
fn findings_in_the_present_tense_are_clauses() {
    check(
        "They say their research shows voters prioritize lower prices over the environment.\n",
        expect![[r#"
            q1 Indirect «their research shows voters prioritize lower prices over the environment» speaker=[They] cue=say to=-
        "#]],
    );
}

#[test]
fn a_comma_then_a_second_predicate_or_a_relative_clause_attributes_nothing() {
    check(
        "The index fell 2 per cent after the bank held its rates, but lowered its growth \
         forecasts.\n\
         After the minister was moved, she published a statement on her website that hinted \
         at a rift.\n",
        expect![[r#""#]],
    );
}

#[test]
fn a_relative_pronoun_stands_for_the_source_before_it() {
    check(
        "The storm was set off by a report in the Daily Ledger on Thursday that, citing \
         officials, alleged the office had leaned on the minister.\n",
        expect![[r#"
            q1 Indirect «the office had leaned on the minister» speaker=[Daily Ledger] cue=alleged to=-
        "#]],
    );
}

#[test]
fn a_relative_pronoun_after_a_leading_comma_has_no_phrase_before_it() {
    // Found by `any_text_gives_well_formed_quotes`: the comma before "that" opens the text.
    check(
        ", that said \" said\n",
        expect![[r#"
            q1 Partial «said» speaker=- cue=said to=-
            ! unbalanced-quote at "\""
        "#]],
    );
}

#[test]
fn a_possessive_in_the_speaker_is_no_contraction() {
    check(
        "The admiral's lawyers said that the prosecution was unfair. Jones's lawyer said the \
         case was weak. It's true, they said.\n",
        expect![[r#"
            q1 Indirect «the prosecution was unfair» speaker=[The admiral's lawyers] cue=said to=-
            q2 Indirect «the case was weak» speaker=[Jones's lawyer] cue=said to=-
        "#]],
    );
}

#[test]
fn told_with_no_hearer_is_a_passive() {
    check(
        "Cable had been diagnosed with cancer and told he had months to live.\nShe was later informed that the plant would close.\nJones told reporters he would resign.\n",
        expect![[r#"
            q1 Indirect «he would resign» speaker=[Jones] cue=told to=[reporters]
        "#]],
    );
}

#[test]
fn a_photo_caption_with_its_credit_reports_nothing_of_its_own() {
    // The layout stage's kinds: a story paragraph, a photo's caption ending in its credit,
    // and a caption without one (an embedded post, whose words are its author's).
    let text = "Ann Roe says the shelter is full every night.\nAnn Roe says the shelter is full every night. (Jo Kerr/Valley Press)\n\"We need more beds tonight,\" the shelter said in a post.\n";
    let seg = lede_text::segment(text);
    let kinds = [
        ParagraphKind::Body,
        ParagraphKind::Caption,
        ParagraphKind::Caption,
    ];
    assert_eq!(seg.paragraphs.len(), kinds.len());
    let quotes = find(text, &seg, &kinds, &[], &mut Vec::new());
    let lines: Vec<String> = quotes.iter().map(|q| line(text, q)).collect();
    expect![[r#"
        q1 Indirect «the shelter is full every night» speaker=[Ann Roe] cue=says to=-
        q2 Direct «We need more beds tonight,» speaker=[the shelter] cue=said to=-"#]]
    .assert_eq(&lines.join("\n"));
}

#[test]
fn a_court_filing_speaks_for_its_authors() {
    check(
        "\"The release serves no purpose,\" a motion by the singer's lawyers stated.\n\
         \"We object,\" a filing from Zentra Bank said.\n",
        expect![[r#"
            q1 Direct «The release serves no purpose,» speaker=[the singer's lawyers] cue=stated to=-
            q2 Direct «We object,» speaker=[Zentra Bank] cue=said to=-
        "#]],
    );
}

#[test]
fn a_later_clause_names_a_nearer_subject() {
    // The pronoun after "but Y is unfazed" is not X's, whom the sentence quoted first.
    check(
        "Rival Rick Okafor won last week and claimed the title would be his, but Tom Velmor \
         is unfazed.\n\
         He admitted: \"He looked good in his win.\"\n",
        expect![[r#"
            q1 Indirect «the title would be his, but Tom Velmor is unfazed» speaker=[Rival Rick Okafor] cue=claimed to=-
            q2 Direct «He looked good in his win.» speaker=[He] cue=admitted to=-
        "#]],
    );
}

#[test]
fn a_message_sent_by_someone_is_theirs() {
    check(
        "A message sent to the Finnish security firm Zentra-Secure by Velmor's security team \
         said: \"We can do better.\"\n",
        expect![[r#"
            q1 Direct «We can do better.» speaker=[Velmor's security team] cue=said to=-
        "#]],
    );
}

#[test]
fn whom_the_speaker_speaks_for_comes_first() {
    check(
        "For the Lib Dems David Corvo said: \"The chancellor will tell us.\"\n\
         For the Tories, Nora Velmor said: \"No.\"\n\
         For Labour Tom Okafor said: \"Yes.\"\n",
        expect![[r#"
            q1 Direct «The chancellor will tell us.» speaker=[David Corvo] cue=said to=-
            q2 Direct «No.» speaker=[Nora Velmor] cue=said to=-
            q3 Direct «Yes.» speaker=[Tom Okafor] cue=said to=-
        "#]],
    );
}

#[test]
fn an_infinitive_after_the_cue_reports_nothing() {
    // The hearer after "to" stays one; "said to reduce ..." reports no hearer "reduce".
    check(
        "The US firm agreed to pay $2bn to exit an agreement under which it could have been \
         liable to buy Zentra outright.\n\
         The minister said to reporters the plan would go ahead.\n\
         Mr Okafor said to reduce the rate the bank needs to change its policy.\n",
        expect![[r#"
            q1 Indirect «the plan would go ahead» speaker=[The minister] cue=said to=[reporters]
        "#]],
    );
}

#[test]
fn a_spokeswoman_goes_on_as_she() {
    // Not "he" after a spokesman when a man has been named since.
    check_with(
        "A [Zentra Bank]{e1 ORG} spokeswoman said the plan had been ambitious. She added: \
         \"It was not the only one.\"\n\
         A [Velmor Group]{e2 ORG} spokesman said the deal was done. She added: \"No.\"\n\
         A [Corvo Trust]{e3 ORG} spokesman said it was over. The film showed [Rick Okafor]{e4 \
         PERSON} at work. He said: \"Yes.\"\n",
        expect![[r#"
            q1 Indirect «the plan had been ambitious» speaker=[A Zentra Bank spokeswoman] cue=said to=-
            q2 Direct «It was not the only one.» speaker=[A Zentra Bank spokeswoman](She) cue=added to=-
            q3 Indirect «the deal was done» speaker=[A Velmor Group spokesman] cue=said to=-
            q4 Direct «No.» speaker=[She] cue=added to=-
            q5 Indirect «it was over» speaker=[A Corvo Trust spokesman] cue=said to=-
            q6 Direct «Yes.» speaker=[A Corvo Trust spokesman](He) cue=said to=-
        "#]],
    );
}

#[test]
fn an_ing_word_before_a_noun_and_a_name_modifies_it() {
    // "UK advertising giant WPP" is WPP; "Okafor saying" is still a verb.
    check_with(
        "[UK]{e1 GPE} advertising giant [WPP]{e2 ORG} has posted larger annual profits and \
         predicted that it will outperform the market.\n\
         [Rick Okafor]{e3 PERSON} was seen leaving the hall, and [Nora Velmor]{e4 PERSON} \
         saying nothing told reporters the vote was lost.\n",
        expect![[r#"
            q1 Indirect «it will outperform the market» speaker=[WPP] cue=predicted to=-
            q2 Indirect «the vote was lost» speaker=[Nora Velmor] cue=told to=[reporters]
        "#]],
    );
}

#[test]
fn a_verb_after_an_age_goes_on_with_the_name() {
    // Only a cue joined by "and": a cue with a subject of its own keeps it.
    check(
        "Okafor, 57, quit his post in November and vowed: \"I will not go back.\"\n\
         Lucy, 36, tracked down Mr Okafor after her birth mother told her he was known as \
         \"Precious\" at school.\n",
        expect![[r#"
            q1 Direct «I will not go back.» speaker=[Okafor] cue=vowed to=-
            q2 Indirect «he was known as "Precious"» speaker=[her birth mother] cue=told to=[her]
        "#]],
    );
}

#[test]
fn words_in_quotation_marks_speak_for_nobody() {
    // A quotation whose closing mark is missing reads in part as narration, with its own
    // "say": its first word is not the speaker. A name after a mark left open still speaks.
    check(
        "\"Members never had high pay, but they could look forward to a pension,\" he said. \
         \"What really riles me is the hypocrisy of MPs who voted themselves the best \
         pension, but say they can't afford it for anyone else. \"This we cannot accept.\"\n\
         She said the lists were \"only 10% of the agenda. Dr Okafor, who was a GP, said staff \
         wanted a period of calm.\n",
        expect![[r#"
            q1 Direct «Members never had high pay, but they could look forward to a pension,» speaker=[he] cue=said to=-
            q2 Direct «What really riles me is the hypocrisy of MPs who voted themselves the best pension» + «This we cannot accept.» speaker=- cue=say to=-
            q3 Indirect «the lists were "only 10% of the agenda» speaker=[She] cue=said to=-
            q4 Partial «only 10% of the agenda. Dr Okafor» speaker=[She] cue=said to=-
            q5 Indirect «staff wanted a period of calm» speaker=[Okafor] cue=said to=-
            ! unbalanced-quote at "\""
            ! unbalanced-quote at "\""
        "#]],
    );
}

#[test]
fn a_speaker_described_by_a_peoples_word_is_the_person_in_view() {
    // "the American" and "the Scot" are the last speaker or the one named with that word;
    // someone called one people's word is not another's; "the British" are a people.
    check_with(
        "[Tom Reed]{e1 PERSON} said he was tired.\n\"I played well,\" said the American.\n\"The crowd helped,\" the Spaniard added.\nScot [Ann Roe]{e2 PERSON} beat [Mia Lund]{e3 PERSON}.\n\"It was hard,\" said the Scot.\n\"We agree,\" said the British.\n",
        expect![[r#"
            q1 Indirect «he was tired» speaker=[Tom Reed] cue=said to=-
            q2 Direct «I played well,» speaker=[Tom Reed](the American) cue=said to=-
            q3 Direct «The crowd helped,» speaker=[Spaniard] cue=added to=-
            q4 Direct «It was hard,» speaker=[Ann Roe](the Scot) cue=said to=-
            q5 Direct «We agree,» speaker=[British] cue=said to=-
        "#]],
    );
}

#[test]
fn a_name_before_a_described_speaker_is_not_its_apposition() {
    // "Reacting to a remark by Jim Fox, the American said": the description is the subject
    // of its own clause, not Fox's apposition; "Jim Fox, the coach, said" is Fox.
    check_with(
        "World number one [Ann Roe]{e1 PERSON} criticised the club.\nReacting to a remark by [Jim Fox]{e2 PERSON}, the coach said: \"It is wrong.\"\n[Ken Hall]{e3 PERSON}, the coach, said: \"It is fair.\"\n",
        expect![[r#"
            q1 Direct «It is wrong.» speaker=[the coach] cue=said to=-
            q2 Direct «It is fair.» speaker=[Ken Hall] cue=said to=-
        "#]],
    );
}

#[test]
fn people_named_after_a_preposition_do_not_hide_the_person_in_view() {
    // Rivals named as objects ("clear of ... and ...") leave the last speaker in view; a name
    // in subject position takes the place (as the subject of the sentence before).
    check_with(
        "\"I felt good,\" said [Ann Roe]{e1 PERSON}. [Roe]{e1 PERSON} finished clear of France's [Mia Lund]{e2 PERSON} and Spain's [Eva Sol]{e3 PERSON}.\nBut the 34-year-old said she would run again.\n\"I felt fine,\" said [Tom Reed]{e4 PERSON}. [Jim Fox]{e5 PERSON} was second.\n\"It was close,\" said the 30-year-old.\n",
        expect![[r#"
            q1 Direct «I felt good,» speaker=[Ann Roe] cue=said to=-
            q2 Indirect «she would run again» speaker=[Ann Roe](the 34-year-old) cue=said to=-
            q3 Direct «I felt fine,» speaker=[Tom Reed] cue=said to=-
            q4 Direct «It was close,» speaker=[Jim Fox](the 30-year-old) cue=said to=-
        "#]],
    );
}

#[test]
fn a_thing_called_by_a_name_in_quotation_marks_is_no_quote() {
    // A participle after a noun names; "critics called", "what lawmakers called" and "he
    // called" are speech.
    check(
        "The network relies on links called \"trackers\" to work.\nThey backed a levy dubbed \"the poll tax\" then.\nCritics called \"a disgrace\" the deal.\nIt was what lawmakers called \"fraud\" on Monday.\n",
        expect![[r#"
            q1 Partial «a disgrace» speaker=[Critics] cue=called to=-
            q2 Partial «fraud» speaker=[lawmakers] cue=called to=-
        "#]],
    );
}

#[test]
fn a_company_described_by_its_country_is_not_the_country() {
    // "Velmoria's top car maker" speaks, not Velmoria.
    check_with(
        "[Velmoria]{e1 GPE}'s top car maker estimates that the market will grow.\nThe [UK]{e2 GPE}'s biggest mortgage lender said that prices rose sharply in March.\n",
        expect![[r#"
            q1 Indirect «the market will grow» speaker=[Velmoria's top car maker] cue=estimates to=-
            q2 Indirect «prices rose sharply in March» speaker=[The UK's biggest mortgage lender] cue=said to=-
        "#]],
    );
}

#[test]
fn a_company_or_a_court_named_by_its_place_or_people_speaks() {
    // Not the place nor the people; an organization's own kind is the organization.
    check_with(
        "The [German]{e1 NORP} company said that its profits rose by a tenth last year.\nA [Dallas]{e2 GPE} court ruled that the patent was void.\nThe [Zentra]{e3 ORG} company said that it would appeal.\n",
        expect![[r#"
            q1 Indirect «its profits rose by a tenth last year» speaker=[The German company] cue=said to=-
            q2 Indirect «the patent was void» speaker=[A Dallas court] cue=ruled to=-
            q3 Indirect «it would appeal» speaker=[Zentra] cue=said to=-
        "#]],
    );
}

#[test]
fn a_countrys_office_holder_is_a_person_not_the_country() {
    // The name set beside the title, else the description as written.
    check_with(
        "[Velmoria]{e1 GPE}'s President, [Nora Corvo]{e2 PERSON}, said that the debt deal was ready.\n[Tarskia]{e3 GPE}'s justice minister has warned that the law will change.\n",
        expect![[r#"
            q1 Indirect «the debt deal was ready» speaker=[Nora Corvo] cue=said to=-
            q2 Indirect «the law will change» speaker=[Tarskia's justice minister] cue=warned to=-
        "#]],
    );
}

#[test]
fn a_spokesman_or_an_office_described_by_a_name_speaks_as_written() {
    // Not the company, the people or the country named inside the description; a name that
    // ends in a title ("the Velmor Executive") is a body and speaks by its name. An
    // indefinite phrase with "of" or "and" is a scene or a thing, not the speaker.
    check_with(
        "A [Zentra]{e1 ORG} spokesman said that the plant would reopen.\n\
         The [Velmorian]{e2 NORP} Finance Minister explained that the money was for schools.\n\
         The [Velmor Executive]{e3 ORG} said that the rules would change.\n\
         During a tour of [Corvo]{e4 GPE}, the minister said that the aid would grow.\n",
        expect![[r#"
            q1 Indirect «the plant would reopen» speaker=[A Zentra spokesman] cue=said to=-
            q2 Indirect «the money was for schools» speaker=[The Velmorian Finance Minister] cue=explained to=-
            q3 Indirect «the rules would change» speaker=[Velmor Executive] cue=said to=-
            q4 Indirect «the aid would grow» speaker=[the minister] cue=said to=-
        "#]],
    );
}

#[test]
fn the_subject_phrase_runs_past_counts_and_nouns_that_are_cues() {
    // "The two firms", "the bill": a count after a determiner, and a cue's word after one, are
    // part of the phrase. A word that opens the clause ("Now", "Despite ...", "More than") is
    // no phrase of its own.
    check_with(
        "Ministers met.\nThe two firms said they expect to seal it.\nThe bill says that suspects \
         be held.\nNow the board has confirmed that the bid will go ahead.\nMore than 20 \
         ministers urged that fans stay away.\nDespite the demand [Zentra]{e1 ORG} said it would \
         not act.\n",
        expect![[r#"
            q1 Indirect «they expect to seal it» speaker=[The two firms] cue=said to=-
            q2 Indirect «suspects be held» speaker=[The bill] cue=says to=-
            q3 Indirect «the bid will go ahead» speaker=[the board] cue=confirmed to=-
            q4 Indirect «fans stay away» speaker=[20 ministers] cue=urged to=-
            q5 Indirect «it would not act» speaker=[Zentra] cue=said to=-
        "#]],
    );
}

#[test]
fn a_share_of_people_speaks_with_its_percent_sign() {
    // The share as written, with its sign, and not the people or the place in it; a source
    // named before a share keeps the source.
    check_with(
        "In a survey, 80% said they were tired of their passwords.\n\
         Some 8% of the [Velmorian]{e1 NORP} population said that they had moved abroad.\n\
         According to [Zentra Research]{e2 ORG} 44% of users keep just a single password, 48% \
         keep two or three and a small number, 7%, keep more than three.\n",
        expect![[r#"
            q1 Indirect «they were tired of their passwords» speaker=[80%] cue=said to=-
            q2 Indirect «they had moved abroad» speaker=[Some 8% of the Velmorian population] cue=said to=-
            q3 Indirect «48% keep two or three and a small number, 7%, keep more than three» speaker=[Zentra Research] cue=According to to=-
        "#]],
    );
}

#[test]
fn a_bare_plural_after_after_speaks_in_its_own_clause() {
    // "after analysts predicted": a clause of its own, whose subject has no determiner; not
    // the object of a preposition, which leaves the sentence's subject to speak.
    check(
        "Shares rose after analysts predicted that demand would grow.\n\
         It comes after law lords ruled that the ban was unlawful.\n\
         After months of talks the union said that the strike would end.\n",
        expect![[r#"
            q1 Indirect «demand would grow» speaker=[analysts] cue=predicted to=-
            q2 Indirect «the ban was unlawful» speaker=[law lords] cue=ruled to=-
            q3 Indirect «the strike would end» speaker=[the union] cue=said to=-
        "#]],
    );
}

#[test]
fn a_time_or_an_adverb_before_the_cue_is_no_part_of_the_subject() {
    // "Last month", "This week" open the clause; "meanwhile", "however" stand between the
    // subject and its verb.
    check(
        "Last month the board said that it would sell the plant.\n\
         This week the regulator warned that prices would rise.\n\
         The foreign secretary meanwhile said the rebate was fair.\n\
         The union however claimed that the talks had failed.\n",
        expect![[r#"
            q1 Indirect «it would sell the plant» speaker=[the board] cue=said to=-
            q2 Indirect «prices would rise» speaker=[the regulator] cue=warned to=-
            q3 Indirect «the rebate was fair» speaker=[The foreign secretary] cue=said to=-
            q4 Indirect «the talks had failed» speaker=[The union] cue=claimed to=-
        "#]],
    );
}

#[test]
fn an_opening_adverb_of_degree_is_no_speaker_before_an_inserted_attribution() {
    // "Most importantly, say analysts, ...": the speaker is after the cue, and the words
    // reported are on both sides of it, as after any opening phrase.
    check(
        "Most importantly, say analysts, the failure of the talks will hurt trade.\n\
         In the long run, says the report, prices will fall.\n",
        expect![[r#"
            q1 Indirect «Most importantly» + «the failure of the talks will hurt trade» speaker=[analysts] cue=say to=-
            q2 Indirect «In the long run» + «prices will fall» speaker=[the report] cue=says to=-
        "#]],
    );
}

#[test]
fn a_verb_after_the_comma_is_no_attribution() {
    // ", appeared in court accused of ...": the predicate of the sentence, whose subject
    // the comma closed an apposition on; the reporting reading stays for ", officials said".
    check(
        "Singer Rick Okafor, 23, also of north Dunmore, appeared in court accused of the same \
         offences.\n\
         The plant will close next year, officials said.\n",
        expect![[r#"
            q1 Indirect «The plant will close next year» speaker=[officials] cue=said to=-
        "#]],
    );
}

#[test]
fn a_peoples_word_before_the_speakers_noun_is_no_speaker() {
    // The phrase speaks; a people named alone still speaks as the people.
    check_with(
        "[Velmorian]{e1 NORP} state press reports said that the dam would open in May.\n\
         The [Velmorian]{e1 NORP} said that they would win.\n",
        expect![[r#"
            q1 Indirect «the dam would open in May» speaker=[Velmorian state press reports] cue=said to=-
            q2 Indirect «they would win» speaker=[Velmorian] cue=said to=-
        "#]],
    );
}

#[test]
fn sources_close_to_someone_speak_as_a_whole() {
    // The phrase runs on through "familiar with", "close to" and "within", and the group
    // speaks, not the body named in it; a month in an apposition is no speaker.
    check_with(
        "Sources familiar with the deal said that the talks sped up in January.\n\
         Sources within the [Velmor Party]{e1 ORG} told reporters that the plan was flawed.\n\
         The firm, reporting its results since listing in [Dunmore]{e2 GPE} in June, said the \
         market had grown.\n",
        expect![[r#"
            q1 Indirect «the talks sped up in January» speaker=[Sources familiar with the deal] cue=said to=-
            q2 Indirect «the plan was flawed» speaker=[Sources within the Velmor Party] cue=told to=[reporters]
            q3 Indirect «the market had grown» speaker=[The firm] cue=said to=-
        "#]],
    );
}

#[test]
fn a_name_in_a_participles_phrase_is_no_speaker() {
    // "The survey, conducted by X, showed": the survey speaks, not X; a name right after the
    // comma still does. "A previous estimate": a cue's word after an adjective of its kind
    // is the phrase's noun.
    check_with(
        "The survey, conducted by the [Velmor Institute]{e1 ORG}, showed that blog readership rose by \
         half last year.\n\
         [Ann Roe]{e2 PERSON}, elected in May, said that the vote was fair.\n\
         A previous estimate, contained in a 1998 [Zentra]{e3 ORG} document, suggested the \
         move could save lives.\n",
        expect![[r#"
            q1 Indirect «blog readership rose by half last year» speaker=[The survey] cue=showed to=-
            q2 Indirect «the vote was fair» speaker=[Ann Roe] cue=said to=-
            q3 Indirect «the move could save lives» speaker=[A previous estimate] cue=suggested to=-
        "#]],
    );
}

#[test]
fn a_clause_before_and_leaves_the_cue_its_own_subject() {
    // "X has its problems and analysts warn that": the cue's subject is right before it,
    // after a clause of its own.
    check(
        "The auto market has its problems and analysts warn that exports could fall.\n\
         The striker injured his knee and the manager said that he would miss the final.\n",
        expect![[r#"
            q1 Indirect «exports could fall» speaker=[analysts] cue=warn to=-
            q2 Indirect «he would miss the final» speaker=[the manager] cue=said to=-
        "#]],
    );
}

#[test]
fn as_before_a_subject_and_its_cue_opens_a_clause() {
    // "came as the group announced": the group speaks; "as a carjacking and said": no clause
    // after "as", and the sentence's subject speaks.
    check(
        "News of the deal came as the group announced that its results would meet forecasts.\n\
         Officials described the attack as a carjacking and said she stabbed the driver twice.\n",
        expect![[r#"
            q1 Indirect «its results would meet forecasts» speaker=[the group] cue=announced to=-
            q2 Indirect «a carjacking» speaker=[Officials] cue=described to=-
            q3 Indirect «she stabbed the driver twice» speaker=[Officials] cue=said to=-
        "#]],
    );
}
