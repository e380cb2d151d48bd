//! The formats and anchoring rules of the time stage, on sentences written for these tests.

use super::*;
use expect_test::{Expect, expect};

/// Tags `input` with the anchor `published` and renders each expression inline as
/// `[text]{TYPE value}`, followed by the anchor and its source.
fn check(input: &str, published: Option<&str>, expect: Expect) {
    let seg = lede_text::segment(input);
    let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
    let published = published.map(|p| crate::parse_date(p).unwrap());
    let found = find(input, &seg, &kinds, published, None, &[]);
    let mut out = String::new();
    let mut last = 0;
    for t in &found.timexes {
        out.push_str(&input[last..t.start]);
        out.push_str(&format!("[{}]{{{:?} {}}}", t.text, t.kind, t.value));
        last = t.end;
    }
    out.push_str(&input[last..]);
    let anchor = found.anchor.map_or("none".to_string(), |d| d.to_string());
    out.push_str(&format!("\n-- anchor {anchor} ({:?})", found.source));
    expect.assert_eq(&out);
}

// 2024-06-12 is a Wednesday.
const WED: Option<&str> = Some("2024-06-12");

#[test]
fn absolute_dates_in_news_formats() {
    check(
        "The ferry sank on April 2, 2019, and again on 7 May 2021. A hearing was held Sept. 4.",
        WED,
        expect![[r#"
            The ferry sank on [April 2, 2019]{DATE 2019-04-02}, and again on [7 May 2021]{DATE 2021-05-07}. A hearing was held [Sept. 4]{DATE 2023-09-04}.
            -- anchor 2024-06-12 (Given)"#]],
    );
    check(
        "Filed 2024-02-29 in Lyon. Receipts dated 25/12/2023 and 4/5/2023 were missing.",
        WED,
        expect![[r#"
            Filed [2024-02-29]{DATE 2024-02-29} in Lyon. Receipts dated [25/12/2023]{DATE 2023-12-25} and 4/5/2023 were missing.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn years_months_seasons_decades_quarters() {
    check(
        "Output fell in 2008 and in March, grew in the 1990s, and the plant closed last summer. \
         Third-quarter sales rose, and the fourth quarter of 2022 was weak. 1500 workers left.",
        WED,
        expect![[r#"
            Output fell in [2008]{DATE 2008} and in [March]{DATE 2024-03}, grew in [the 1990s]{DATE 199}, and the plant closed [last summer]{DATE 2023-SU}. [Third-quarter]{DATE 2024-Q3} sales rose, and [the fourth quarter of 2022]{DATE 2022-Q4} was weak. 1500 workers left.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn bare_weekdays_lean_to_the_past_unless_the_sentence_looks_ahead() {
    check(
        "The mayor resigned on Monday. She spoke Wednesday. The council will vote on Friday.",
        WED,
        expect![[r#"
            The mayor resigned on [Monday]{DATE 2024-06-10}. She spoke [Wednesday]{DATE 2024-06-12}. The council will vote on [Friday]{DATE 2024-06-14}.
            -- anchor 2024-06-12 (Given)"#]],
    );
    check(
        "Talks ended last Wednesday and resume next Tuesday morning.",
        WED,
        expect![[r#"
            Talks ended [last Wednesday]{DATE 2024-06-05} and resume [next Tuesday morning]{TIME 2024-06-18TMO}.
            -- anchor 2024-06-12 (Given)"#]],
    );
    // "next to" names a place: the fire stays in the past.
    check(
        "A fire broke out in the shop next to the station on Monday.",
        WED,
        expect![[r#"
            A fire broke out in the shop next to the station on [Monday]{DATE 2024-06-10}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn tense_cues_for_bare_days_and_months() {
    // Irregular past forms report; a capitalized "-ed" word is a name, not a past verb; a
    // participle after "will be" looks ahead, one after "could be" reports.
    check(
        "The sisters will fly to the United Arab Emirates Friday. In September the bakery \
         began to sell bread. The gala will be hosted Saturday; the ferry could be repaired Monday.",
        WED,
        expect![[r#"
            The sisters will fly to the United Arab Emirates [Friday]{DATE 2024-06-14}. In [September]{DATE 2023-09} the bakery began to sell bread. The gala will be hosted [Saturday]{DATE 2024-06-15}; the ferry could be repaired [Monday]{DATE 2024-06-10}.
            -- anchor 2024-06-12 (Given)"#]],
    );
    // A plan in the past perfect is reported; "planned" after the day reports the planning;
    // a day with a possessive is named for what happened on it.
    check(
        "The offer had been due to lapse Friday. On Monday, the guild planned to strike. \
         Lawyers will appeal Tuesday's verdict.",
        WED,
        expect![[r#"
            The offer had been due to lapse [Friday]{DATE 2024-06-07}. On [Monday]{DATE 2024-06-10}, the guild planned to strike. Lawyers will appeal [Tuesday]{DATE 2024-06-11}'s verdict.
            -- anchor 2024-06-12 (Given)"#]],
    );
    // "won’t" with the typographic apostrophe looks ahead as "won't" does.
    check(
        "The ferry won’t sail Friday. The bakery won't open Monday.",
        WED,
        expect![[r#"
            The ferry won’t sail [Friday]{DATE 2024-06-14}. The bakery won't open [Monday]{DATE 2024-06-17}.
            -- anchor 2024-06-12 (Given)"#]],
    );
    // A deadline lies ahead unless the sentence reports it; "set" looks ahead only before
    // "for" or "to".
    check(
        "Tenants have until Friday to leave and must repay the loan by January. Ten firms had \
         filed bids by Tuesday. The judge set Monday as the deadline; the vote is set for Monday.",
        WED,
        expect![[r#"
            Tenants have until [Friday]{DATE 2024-06-14} to leave and must repay the loan by [January]{DATE 2025-01}. Ten firms had filed bids by [Tuesday]{DATE 2024-06-11}. The judge set [Monday]{DATE 2024-06-10} as the deadline; the vote is set for [Monday]{DATE 2024-06-17}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn the_year_as_a_period_or_a_calendar_year() {
    // A reporting period ending on a date, or one lived through, is a length; "for the year"
    // alone is the current year. A year may follow "the year" in words.
    check(
        "The brewer lost money in the year ended May 31 and expects gains throughout the fiscal \
         year. For the year, output was flat. Planners aimed at the year two thousand. Costs \
         rose in the last half of 2019. The river froze in the winter of nineteen eighty-two.",
        WED,
        expect![[r#"
            The brewer lost money in [the year]{DURATION P1Y} ended [May 31]{DATE 2024-05-31} and expects gains throughout [the fiscal year]{DURATION P1Y}. For [the year]{DATE 2024}, output was flat. Planners aimed at [the year two thousand]{DATE 2000}. Costs rose in [the last half of 2019]{DATE 2019-H2}. The river froze in [the winter of nineteen eighty-two]{DATE 1982-WI}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn quarterly_reports_compare_with_the_reported_quarter() {
    // The quarter the report is about is the first one named; a later quarter not yet over
    // is an outlook and does not change it. After "the first six months" the year before
    // is meant, not its quarter. "This quarter" is the reported one, "the current quarter"
    // the anchor's.
    check(
        "The miller earned more in the fiscal-first quarter than a year ago. Fourth-quarter \
         sales may slip. Costs were lower than in last year's quarter and the same period \
         last year. In the first six months, profit doubled from a year earlier. This \
         quarter's margin was thin; the current quarter and next year's second quarter \
         look better. Profit was $4 million, compared with $3 million last year.",
        WED,
        expect![[r#"
            The miller earned more in [the fiscal-first quarter]{DATE 2024-Q1} than [a year ago]{DATE 2023-Q1}. [Fourth-quarter]{DATE 2024-Q4} sales may slip. Costs were lower than in [last year's quarter]{DATE 2023-Q1} and the same period [last year]{DATE 2023-Q1}. In [the first six months]{DURATION P6M}, profit doubled from [a year earlier]{DATE 2023}. [This quarter]{DATE 2024-Q1}'s margin was thin; [the current quarter]{DATE 2024-Q2} and [next year's second quarter]{DATE 2025-Q2} look better. Profit was $4 million, compared with $3 million [last year]{DATE 2023-Q1}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn effective_dates_year_end_and_vague_years() {
    // An effective date lies ahead even in a past-tense sentence; "year end" is this year;
    // "in years" and "over the years" are vague lengths; "high noon" is no clock time.
    check(
        "The board named a new treasurer, effective Feb. 3. The sale should close by year end. \
         The dam filled for the first time in years, and over the years the town grew. It was \
         high noon for the mayor.",
        WED,
        expect![[r#"
            The board named a new treasurer, effective [Feb. 3]{DATE 2025-02-03}. The sale should close by [year end]{DATE 2024}. The dam filled for the first time in [years]{DURATION PXY}, and over [the years]{DURATION PXY} the town grew. It was high noon for the mayor.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn counted_and_vague_lengths() {
    check(
        "The pier needs a couple of years and two more weeks of work, or an additional month. \
         Over the next couple of years, five trading days were lost. A day-long strike \
         ended a several-year truce; more may follow in the weeks ahead. By mid afternoon the \
         band played hits from the nineties, though the singer is in her sixties.",
        WED,
        expect![[r#"
            The pier needs [a couple of years]{DURATION P2Y} and [two more weeks]{DURATION P2W} of work, or [an additional month]{DURATION P1M}. Over [the next couple of years]{DURATION P2Y}, [five trading days]{DURATION P5D} were lost. A [day-long]{DURATION P1D} strike ended a [several-year]{DURATION PXY} truce; more may follow in [the weeks ahead]{DURATION PXW}. By [mid afternoon]{TIME 2024-06-12TAF} the band played hits from [the nineties]{DATE 199}, though the singer is in her sixties.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn titles_and_fractions_are_not_times() {
    check(
        "She was a guest on \"Face The Week\" and on \"48 Hours\". Farmers own a quarter of \
         the land. Stores close on Christmas Day. Nurses joined the March for Safe Wards, \
         which began in March for the third year.",
        WED,
        expect![[r#"
            She was a guest on "Face The Week" and on "48 Hours". Farmers own a quarter of the land. Stores close on [Christmas Day]{DATE 2023-12-25}. Nurses joined the March for Safe Wards, which began in [March]{DATE 2024-03} for the third year.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn names_of_papers_programmes_and_bands_are_not_times() {
    check(
        "The party daily Red Star printed it, and the Daily Mirror agreed. She told Radio 5's \
         Today and USA Today about it. Tickets for Happy Mondays sold out. Stalls open on Mondays.",
        WED,
        expect![[r#"
            The party daily Red Star printed it, and the Daily Mirror agreed. She told Radio 5's Today and USA Today about it. Tickets for Happy Mondays sold out. Stalls open on [Mondays]{SET XXXX-WXX-1}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn today_s_as_the_present_age_or_as_the_day() {
    check(
        "Today's teenagers text more than they talk. Today's vote was close, and today's \
         crucial debate starts at noon. Bakers sell bread daily.",
        WED,
        expect![[r#"
            Today's teenagers text more than they talk. [Today]{DATE 2024-06-12}'s vote was close, and [today]{DATE 2024-06-12}'s crucial debate starts at [noon]{TIME 2024-06-12T12:00}. Bakers sell bread [daily]{SET P1D}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn fixtures_postponements_and_plans() {
    check(
        "The hearing was adjourned until Friday. The sale was delayed until at least \
         Tuesday. Lyon play Nice on Saturday. The mayor travels to Oslo on Monday. The fair \
         opens on Friday, and prizes go out in the last week of the fair. Talks were put off \
         until about October, the envoy said. She \
         flew to Oslo to meet the mayor on Monday. Rain may play a part on Sunday. \
         The club announced the plan Sept. 20. Pay would come on a still undisclosed date \
         in October, and the firm will open a plant in April.",
        WED,
        expect![[r#"
            The hearing was adjourned until [Friday]{DATE 2024-06-14}. The sale was delayed until at least [Tuesday]{DATE 2024-06-18}. Lyon play Nice on [Saturday]{DATE 2024-06-15}. The mayor travels to Oslo on [Monday]{DATE 2024-06-17}. The fair opens on [Friday]{DATE 2024-06-14}, and prizes go out in the last week of the fair. Talks were put off until [about October]{DATE 2024-10}, the envoy said. She flew to Oslo to meet the mayor on [Monday]{DATE 2024-06-10}. Rain may play a part on [Sunday]{DATE 2024-06-09}. The club announced the plan [Sept. 20]{DATE 2023-09-20}. Pay would come on a still undisclosed date in [October]{DATE 2024-10}, and the firm will open a plant in [April]{DATE 2025-04}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn story_lengths_halves_of_matches_and_rates() {
    check(
        "The firm was founded in May 2001. Eight months later it was sold, and a day earlier \
         its chief had quit. Rovers scored twice in the second half and a second-half header \
         won it. Profits rose in the first half, and first-half sales grew. It lost $2m a \
         week and paid 5bn a year. Staff went home in the evenings. A poll of 20-year olds \
         followed.",
        WED,
        expect![[r#"
            The firm was founded in [May 2001]{DATE 2001-05}. [Eight months later]{DURATION P8M} it was sold, and [a day earlier]{DURATION P1D} its chief had quit. Rovers scored twice in the second half and a second-half header won it. Profits rose in [the first half]{DATE 2024-H1}, and [first-half]{DATE 2024-H1} sales grew. It lost $2m [a week]{SET P1W} and paid 5bn [a year]{SET P1Y}. Staff went home in [the evenings]{SET XXXX-XX-XXTEV}. A poll of 20-year olds followed.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn british_and_wire_clock_times_and_day_first_dates() {
    check(
        "Polls close at 10pm and counts end by 3.30am. Gates open at 10.45 am. Flights \
         resume at 1400 BST, after a fire at about 0230 GMT on Sunday. Shops shut at 0800 \
         local time. It was signed on Tuesday 11 June, and on Friday, 7 June 2024 too. \
         He paid 1400 euros and the index rose 3.30 points.",
        WED,
        expect![[r#"
            Polls close at [10pm]{TIME 2024-06-12T22:00} and counts end by [3.30am]{TIME 2024-06-12T03:30}. Gates open at [10.45 am]{TIME 2024-06-12T10:45}. Flights resume at [1400 BST]{TIME 2024-06-12T14:00}, after a fire at [about 0230 GMT on Sunday]{TIME 2024-06-09T02:30}. Shops shut at [0800 local time]{TIME 2024-06-12T08:00}. It was signed on [Tuesday 11 June]{DATE 2024-06-11}, and on [Friday, 7 June 2024]{DATE 2024-06-07} too. He paid 1400 euros and the index rose 3.30 points.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn weekday_dates_the_attacks_papers_and_british_plans() {
    check(
        "Voting closes next Thursday, 6 February, and the count is on Friday, 7 June. \
         Travel fell after the September 11 attacks and again after 9/11 drills. She wrote \
         for the Sunday Times and the Mail on Sunday, and hosted the Tonight Show. The \
         plant is to close on Monday.",
        WED,
        expect![[r#"
            Voting closes [next Thursday, 6 February]{DATE 2025-02-06}, and the count is on [Friday, 7 June]{DATE 2024-06-07}. Travel fell after the [September 11]{DATE 2001-09-11} attacks and again after [9/11]{DATE 2001-09-11} drills. She wrote for the Sunday Times and the Mail on Sunday, and hosted the Tonight Show. The plant is to close on [Monday]{DATE 2024-06-17}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn the_day_before_and_the_year_before_count_from_the_story() {
    check(
        "Sales reached $3m last year, up from $2m the year before. The dam broke on 4 May \
         2001; the day before, its keeper had quit, and the day after, an inquiry opened. \
         The day before the vote, polls closed early. In March 2003 the dam was sold; the \
         month before, its owner had died. Following Monday's debate, polls moved. Farms \
         are still recovering from August's floods.",
        WED,
        expect![[r#"
            Sales reached $3m [last year]{DATE 2023}, up from $2m [the year before]{DATE 2022}. The dam broke on [4 May 2001]{DATE 2001-05-04}; [the day before]{DATE 2001-05-03}, its keeper had quit, and [the day after]{DATE 2001-05-05}, an inquiry opened. [The day]{DATE 2001-05-03} before the vote, polls closed early. In [March 2003]{DATE 2003-03} the dam was sold; [the month before]{DATE 2003-02}, its owner had died. Following [Monday]{DATE 2024-06-10}'s debate, polls moved. Farms are still recovering from [August]{DATE 2023-08}'s floods.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn story_days_and_fuzzy_futures() {
    // A part of the day or "the following month" count from the story's last date; "the
    // then current" is a past present; "will one day" is some day to come.
    check(
        "The port reopened on May 3, 2021. Ships queued in the morning and left at 6 in the \
         evening. The following month, fares rose above the then current limit. Critics say \
         the port will one day close.",
        WED,
        expect![[r#"
            The port reopened on [May 3, 2021]{DATE 2021-05-03}. Ships queued in [the morning]{TIME 2021-05-03TMO} and left at [6 in the evening]{TIME 2021-05-03T18:00}. [The following month]{DATE 2021-06}, fares rose above the then [current]{DATE PAST_REF} limit. Critics say the port will [one day]{DATE FUTURE_REF} close.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn quarter_a_year_ago_and_times_before_an_aside() {
    check(
        "Second-quarter sales rose from the quarter a year ago. The dam broke at 4:10 a.m. \
         (0210 GMT) Monday.",
        WED,
        expect![[r#"
            [Second-quarter]{DATE 2024-Q2} sales rose from [the quarter a year ago]{DATE 2023-Q2}. The dam broke at [4:10 a.m.]{TIME 2024-06-10T04:10} ([0210 GMT]{TIME 2024-06-12T02:10}) [Monday]{DATE 2024-06-10}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn halves_after_the_unit_and_the_week_of_a_day() {
    check(
        "The alarm rang for a minute and a half. Hearings start the week of July 8.",
        WED,
        expect![[r#"
            The alarm rang for [a minute and a half]{DURATION PT1M30S}. Hearings start [the week of July 8]{DATE 2024-W28}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn deictic_words_and_units() {
    check(
        "Prices rose today, fell yesterday and may fall tomorrow. Sales dropped last week, \
         last month and last year; this year looks better. Two years ago the firm was small.",
        WED,
        expect![[r#"
            Prices rose [today]{DATE 2024-06-12}, fell [yesterday]{DATE 2024-06-11} and may fall [tomorrow]{DATE 2024-06-13}. Sales dropped [last week]{DATE 2024-W23}, [last month]{DATE 2024-05} and [last year]{DATE 2023}; [this year]{DATE 2024} looks better. [Two years ago]{DATE 2022} the firm was small.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn durations_sets_and_fuzzy_references() {
    check(
        "The strike lasted for three weeks, the worst in the past decade and in the last few years. \
         Trains now run every Monday and the report comes out annually. Recently, a 10-day audit began.",
        WED,
        expect![[r#"
            The strike lasted for [three weeks]{DURATION P3W}, the worst in [the past decade]{DURATION P10Y} and in [the last few years]{DURATION PXY}. Trains [now]{DATE PRESENT_REF} run [every Monday]{SET XXXX-WXX-1} and the report comes out [annually]{SET P1Y}. [Recently]{DATE PAST_REF}, a [10-day]{DURATION P10D} audit began.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn clock_times_and_parts_of_days() {
    check(
        "The blast came at 10:35 a.m. Tuesday. Rescuers worked through Tuesday night and \
         officials met this morning.",
        WED,
        expect![[r#"
            The blast came at [10:35 a.m. Tuesday]{TIME 2024-06-11T10:35}. Rescuers worked through [Tuesday night]{TIME 2024-06-11TNI} and officials met [this morning]{TIME 2024-06-12TMO}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn no_value_is_invented_for_undated_spans() {
    check(
        "The envoy arrived days after the ruling, on the first day of a tour. A 6-year-old boy waved.",
        WED,
        expect![[r#"
            The envoy arrived days after the ruling, on [the first day]{DATE XXXX-XX-XX} of a tour. A 6-year-old boy waved.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn without_an_anchor_values_stay_underspecified() {
    check(
        "The minister resigned on Monday, a week after the vote last month.",
        None,
        expect![[r#"
            The minister resigned on [Monday]{DATE XXXX-WXX-1}, [a week]{DURATION P1W} after the vote [last month]{DATE XXXX-XX}.
            -- anchor none (None)"#]],
    );
}

#[test]
fn a_dateline_anchors_the_article() {
    check(
        "LAGOS, Nigeria, Oct. 3, 2022 (Wire) --\n\nThe port reopened on Friday after a strike that began last month.",
        None,
        expect![[r#"
            LAGOS, Nigeria, [Oct. 3, 2022]{DATE 2022-10-03} (Wire) --

            The port reopened on [Friday]{DATE 2022-09-30} after a strike that began [last month]{DATE 2022-09}.
            -- anchor 2022-10-03 (Dateline)"#]],
    );
    // A date at the end of a long opening sentence (a photo caption) is not the article's date.
    check(
        "A crowd gathers outside the stadium before the final between the two clubs in the capital, June 1, 2021.\nFans cheered on Monday.",
        None,
        expect![[r#"
            A crowd gathers outside the stadium before the final between the two clubs in the capital, [June 1, 2021]{DATE 2021-06-01}.
            Fans cheered on [Monday]{DATE XXXX-WXX-1}.
            -- anchor none (None)"#]],
    );
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "2024-13-45",
        "99:99 a.m.",
        "Feb. 30, 2023",
        "“”’ Monday",
        "the the the",
        "31/31/2020",
    ] {
        let seg = lede_text::segment(text);
        let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
        let found = find(text, &seg, &kinds, None, None, &[]);
        for t in found.timexes {
            assert_eq!(text.get(t.start..t.end), Some(t.text.as_str()));
        }
    }
}

#[test]
fn a_time_stamp_anchors_the_article_and_dotted_dates_need_a_day_over_twelve() {
    check(
        "Posted 2021-11-05T08:15:00Z\nThe strike ended on Wednesday. Ballots dated 28.10.2021 and 02.03.2021 were counted.",
        None,
        expect![[r#"
            Posted [2021-11-05T08:15:00Z]{TIME 2021-11-05T08:15}
            The strike ended on [Wednesday]{DATE 2021-11-03}. Ballots dated [28.10.2021]{DATE 2021-10-28} and 02.03.2021 were counted.
            -- anchor 2021-11-05 (Dateline)"#]],
    );
}

#[test]
fn extract_reports_the_anchor_it_found() {
    let text = "ROME, 4 July 2022 (Agency) -\nThe vote was held on Saturday.";
    let doc = crate::extract(text, &crate::Options::default());
    assert_eq!(doc.published.as_deref(), Some("2022-07-04"));
    assert_eq!(doc.published_source, PublishedSource::Dateline);
    let values: Vec<_> = doc.timexes.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2022-07-04", "2022-07-02"]);

    let given = crate::Options {
        published: crate::parse_date("2022-07-06").ok(),
        ..Default::default()
    };
    let doc = crate::extract(text, &given);
    assert_eq!(doc.published.as_deref(), Some("2022-07-06"));
    assert_eq!(doc.published_source, PublishedSource::Given);

    // A fallback (a crawl day) anchors only a text that dates itself in no other way.
    let fallback = crate::Options {
        fallback_published: crate::parse_date("2022-07-09").ok(),
        ..Default::default()
    };
    let doc = crate::extract(text, &fallback);
    assert_eq!(doc.published_source, PublishedSource::Dateline);
    let doc = crate::extract("The vote was held on Saturday.", &fallback);
    assert_eq!(doc.published.as_deref(), Some("2022-07-09"));
    assert_eq!(doc.published_source, PublishedSource::Fetched);
    let values: Vec<_> = doc.timexes.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2022-07-09"]);
}

#[test]
fn a_time_stamp_before_the_story_dates_a_scraped_page() {
    // Site navigation with the day's date, a headline, a byline, a time stamp, a photo line
    // with another date, then the story.
    let text = "Home\n\nWorld\n\nSport\n\nBusiness\n\nSign in\n\nMonday 3 June 2024\n\n\
        City council approves a new tram line after a long debate\n\nBy Ann Roe\n\n\
        Updated 14:05 BST, Tuesday, 11 June 2024\n\n\
        A tram pulls into the depot on May 2, 2024 (Photo: Ann Roe)\n\n\
        The city council voted on Tuesday to build a new tram line through the east of the \
        city, ending a debate that had lasted for more than two years.\n\n\
        The line will open in 2027, the council said, and will cost about 400 million pounds.";
    let doc = crate::extract(text, &crate::Options::default());
    assert_eq!(doc.published.as_deref(), Some("2024-06-11"));
    assert_eq!(doc.published_source, PublishedSource::Dateline);
    let tuesday = doc.timexes.iter().find(|t| t.text == "Tuesday");
    assert_eq!(tuesday.map(|t| t.value.as_str()), Some("2024-06-11"));
}

#[test]
fn dates_inside_the_story_do_not_date_the_article() {
    for text in [
        "Writer dies at 84\n\nThe novelist, who has died, wrote about hotels and banks.\n\n\
         Born in Leeds on 5 April 1920, he left school at 14.",
        "Film prizes\n\nThe list leaves out the year's loudest films.\n\n\
         Outcry 9/11 has also been passed over, despite its prize at Cannes. It is long, \
         and some of the scenes in it were shot in secret over the course of a year.",
        "Sales rose.\n\nCameras were the gadget of Christmas 2004, and sales were high.",
    ] {
        let doc = crate::extract(text, &crate::Options::default());
        assert_eq!(doc.published, None, "{text}");
        assert_eq!(doc.published_source, PublishedSource::None);
    }
}

#[test]
fn months_that_are_names_of_people() {
    let text = "Prime Minister Theresa May met union leaders on Monday. The defeat of May's plan \
        in January was heavy, May said, and talks go on in May. April Ryan asked about it \
        at the August Games.";
    let doc = crate::extract(
        text,
        &crate::Options {
            published: crate::parse_date("2024-03-13").ok(),
            ..Default::default()
        },
    );
    let found: Vec<_> = doc
        .timexes
        .iter()
        .map(|t| format!("{} {}", t.text, t.value))
        .collect();
    assert_eq!(
        found,
        [
            "Monday 2024-03-11",
            "January 2024-01",
            "May 2024-05",
            "August 2023-08"
        ]
    );
}

proptest::proptest! {
    #[test]
    fn any_mix_of_time_words_is_safe(words in proptest::collection::vec(
        proptest::sample::select(vec![
            "the", "a", "last", "next", "Monday", "May", "3", "31", "2023", "1990s", "'80s",
            "ago", "years", "quarter", "third", "of", ",", ".", "12:30", "p.m.", "1/2", "é",
            "1½th", "mid-", "-year", "2023-02-30", "99/99/2023", "1,000,000,000", "nineteen",
            "ninety-nine", "every", "each", "Christmas", "fiscal", "\u{2019}", "\n",
            "Easter", "Good", "Friday", "New", "Year", "'s", "Day", "Eve", "weekend", "week",
            "Fourth", "July", "St", "Martin", "Luther", "King", "Jr",
        ]),
        0..40,
    ), anchored in proptest::bool::ANY) {
        let text = words.join(" ");
        let seg = lede_text::segment(&text);
        let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];
        let anchor = anchored.then(|| crate::parse_date("2024-02-29").unwrap());
        for t in find(&text, &seg, &kinds, anchor, None, &[]).timexes {
            proptest::prop_assert_eq!(text.get(t.start..t.end), Some(t.text.as_str()));
            proptest::prop_assert!(!t.value.is_empty());
        }
    }
}

#[test]
fn the_next_and_the_following_count_from_the_story() {
    check(
        "The mill opened on 3 March 2001. The next day it flooded, and the following year it \
         was sold. Its owner expects a sale next year.",
        WED,
        expect![[r#"
            The mill opened on [3 March 2001]{DATE 2001-03-03}. [The next day]{DATE 2001-03-04} it flooded, and [the following year]{DATE 2002} it was sold. Its owner expects a sale [next year]{DATE 2025}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn halves_and_dated_last_and_waits_in_hours() {
    check(
        "The siege lasted 2 1/2 years. The dam broke last Oct. 20, and just over an hour later \
         the town flooded.",
        WED,
        expect![[r#"
            The siege lasted [2 1/2 years]{DURATION P2Y6M}. The dam broke [last Oct. 20]{DATE 2023-10-20}, and just over [an hour later]{DURATION PT1H} the town flooded.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn comparisons_are_not_approximations() {
    check(
        "Profit was more than last year, and at least two years of work remain in the near future.",
        WED,
        expect![[r#"
            Profit was more than [last year]{DATE 2023}, and [at least two years]{DURATION P2Y} of work remain in [the near future]{DATE FUTURE_REF}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn the_future_with_a_capital_is_a_name() {
    check(
        "She joined the Forum for the Future, which plans for the future.",
        WED,
        expect![[r#"
            She joined the Forum for the Future, which plans for [the future]{DATE FUTURE_REF}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

// 2023-12-28 is a Thursday, three days after Christmas.
const DEC28: Option<&str> = Some("2023-12-28");

#[test]
fn fixed_holidays_and_their_eves() {
    // The eve of a holiday is the day before it; spellings with and without apostrophes.
    check(
        "Crowds gathered on Christmas Eve and will gather again on New Year's Eve and New \
         Years Day. Shops reopened on Boxing Day; the office shut for St. Patrick's Day, \
         Saint Andrew's Day, Hallowe'en and Independence Day. Florists will sell out before \
         Valentines Day, and Hogmanay will be cold.",
        DEC28,
        expect![[r#"
            Crowds gathered on [Christmas Eve]{DATE 2023-12-24} and will gather again on [New Year's Eve]{DATE 2023-12-31} and [New Years Day]{DATE 2024-01-01}. Shops reopened on [Boxing Day]{DATE 2023-12-26}; the office shut for [St. Patrick's Day]{DATE 2023-03-17}, [Saint Andrew's Day]{DATE 2023-11-30}, [Hallowe'en]{DATE 2023-10-31} and [Independence Day]{DATE 2023-07-04}. Florists will sell out before [Valentines Day]{DATE 2024-02-14}, and [Hogmanay]{DATE 2023-12-31} will be cold.
            -- anchor 2023-12-28 (Given)"#]],
    );
    check(
        "Veterans' Day and Remembrance Day fell on the same date as Armistice Day. Canada \
         Day, Anzac Day, May Day, Bastille Day, Guy Fawkes Night and Bonfire \
         Night passed quietly, and so did International Women's Day and the fourth of July. Australia Day will \
         follow.",
        Some("2023-12-01"),
        expect![[r#"
            [Veterans' Day]{DATE 2023-11-11} and [Remembrance Day]{DATE 2023-11-11} fell on the same date as [Armistice Day]{DATE 2023-11-11}. [Canada Day]{DATE 2023-07-01}, [Anzac Day]{DATE 2023-04-25}, [May Day]{DATE 2023-05-01}, [Bastille Day]{DATE 2023-07-14}, [Guy Fawkes Night]{DATE 2023-11-05} and [Bonfire Night]{DATE 2023-11-05} passed quietly, and so did [International Women's Day]{DATE 2023-03-08} and [the fourth of July]{DATE 2023-07-04}. [Australia Day]{DATE 2024-01-26} will follow.
            -- anchor 2023-12-01 (Given)"#]],
    );
}

#[test]
fn the_fourth_of_july() {
    check(
        "The parade was held on the Fourth of July. The next one falls on July Fourth.",
        WED,
        expect![[r#"
            The parade was held on [the Fourth of July]{DATE 2024-07-04}. The next one falls on [July Fourth]{DATE 2024-07-04}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn moving_holidays_are_computed() {
    check(
        "Churches were full on Easter Sunday, Good Friday and Easter Monday. Turnout fell on \
         Election Day. Stores opened early on Black Friday and Cyber Monday, after \
         Thanksgiving. Offices closed on Memorial Day, Labor Day, Martin Luther King, Jr. \
         Day and Presidents Day.",
        DEC28,
        expect![[r#"
            Churches were full on [Easter Sunday]{DATE 2023-04-09}, [Good Friday]{DATE 2023-04-07} and [Easter Monday]{DATE 2023-04-10}. Turnout fell on [Election Day]{DATE 2023-11-07}. Stores opened early on [Black Friday]{DATE 2023-11-24} and [Cyber Monday]{DATE 2023-11-27}, after [Thanksgiving]{DATE 2023-11-23}. Offices closed on [Memorial Day]{DATE 2023-05-29}, [Labor Day]{DATE 2023-09-04}, [Martin Luther King, Jr. Day]{DATE 2024-01-15} and [Presidents Day]{DATE 2024-02-19}.
            -- anchor 2023-12-28 (Given)"#]],
    );
    check(
        "Vigils were held on Ash Wednesday, Palm Sunday and Mothering Sunday; the fair \
         will open on Father's Day and close on Remembrance Sunday.",
        WED,
        expect![[r#"
            Vigils were held on [Ash Wednesday]{DATE 2024-02-14}, [Palm Sunday]{DATE 2024-03-24} and [Mothering Sunday]{DATE 2024-03-10}; the fair will open on [Father's Day]{DATE 2024-06-16} and close on [Remembrance Sunday]{DATE 2024-11-10}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn holidays_take_an_explicit_year_or_the_tense_of_the_sentence() {
    // A year after the name wins; "last", "next" and "last year" count from the anchor;
    // else a report is of the past day and a plan of the coming one.
    check(
        "The bridge opened on Christmas Day 2019 and closed at Easter of 2021. The museum \
         will reopen on Good Friday. It closed last Thanksgiving and reopens next Christmas. \
         The market shut over Easter last year.",
        DEC28,
        expect![[r#"
            The bridge opened on [Christmas Day 2019]{DATE 2019-12-25} and closed at [Easter of 2021]{DATE 2021-04-04}. The museum will reopen on [Good Friday]{DATE 2024-03-29}. It closed [last Thanksgiving]{DATE 2023-11-23} and reopens [next Christmas]{DATE 2024-12-25}. The market shut over [Easter last year]{DATE 2022-04-17}.
            -- anchor 2023-12-28 (Given)"#]],
    );
    // "this Christmas" is the coming one, unless most of a year away.
    check(
        "Toy sales this Christmas were weak.",
        Some("2024-01-04"),
        expect![[r#"
            Toy sales [this Christmas]{DATE 2023-12-25} were weak.
            -- anchor 2024-01-04 (Given)"#]],
    );
    check(
        "Sales fell at Halloween. The shop will be open on Halloween. Toys may run short \
         this Christmas.",
        WED,
        expect![[r#"
            Sales fell at [Halloween]{DATE 2023-10-31}. The shop will be open on [Halloween]{DATE 2024-10-31}. Toys may run short [this Christmas]{DATE 2024-12-25}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn holiday_weeks_weekends_and_parts_of_the_day() {
    // A weekend is the one next to the day. "Easter week" is Holy Week, the week up to
    // Easter Sunday; the week of another Sunday holiday may be the one before or after it
    // and is left out.
    check(
        "Roads were busy over Thanksgiving weekend and on Memorial Day weekend. The shelter \
         opened in Christmas week, and bells rang on christmas morning. Trains ran all \
         Easter weekend and in Holy Week; pilgrims came in Easter week but not in \
         Remembrance Sunday week.",
        DEC28,
        expect![[r#"
            Roads were busy over [Thanksgiving weekend]{DATE 2023-W47-WE} and on [Memorial Day weekend]{DATE 2023-W21-WE}. The shelter opened in [Christmas week]{DATE 2023-W52}, and bells rang on [christmas morning]{TIME 2023-12-25TMO}. Trains ran all [Easter weekend]{DATE 2023-W14-WE} and in [Holy Week]{DATE 2023-W14}; pilgrims came in [Easter week]{DATE 2023-W14} but not in Remembrance Sunday week.
            -- anchor 2023-12-28 (Given)"#]],
    );
}

#[test]
fn holidays_without_an_anchor() {
    check(
        "The ferry runs on Christmas Day, on Thanksgiving and on Easter Monday, and every \
         Halloween.",
        None,
        expect![[r#"
            The ferry runs on [Christmas Day]{DATE XXXX-12-25}, on [Thanksgiving]{DATE XXXX-11-XX} and on [Easter Monday]{DATE XXXX-XX-XX}, and [every Halloween]{SET XXXX-10-31}.
            -- anchor none (None)"#]],
    );
}

#[test]
fn words_of_holiday_names_alone_are_not_holidays() {
    // Lower case where news capitalizes, a missing "Day", a country's own day, another
    // calendar's day, a greeting and a longer name are not dates.
    check(
        "The labor market and the memorial service drew veterans. Mother's Day sales rose. \
         Independence is near; election day in the club is Friday. India's Independence \
         Day passed. She wished them a Merry Christmas and celebrated Lunar New Year and \
         Orthodox Easter Sunday. They flew to Christmas Island and read about the Easter \
         Rising and the Good Friday Agreement, and saw the film Independence Day. Talks \
         resume in the New Year.",
        DEC28,
        expect![[r#"
            The labor market and the memorial service drew veterans. Mother's Day sales rose. Independence is near; election day in the club is [Friday]{DATE 2023-12-22}. India's Independence Day passed. She wished them a Merry Christmas and celebrated Lunar New Year and Orthodox Easter Sunday. They flew to Christmas Island and read about the Easter Rising and the Good Friday Agreement, and saw the film Independence Day. Talks resume in the New Year.
            -- anchor 2023-12-28 (Given)"#]],
    );
    // A thing named after a holiday is no date; an activity at it is ("Christmas
    // shopping", "Thanksgiving dinner", as TimeML tags "the 1999 budget"). An event named
    // after one happened in a year the sentence does not give.
    check(
        "Families bought Christmas trees and Easter eggs but did their Christmas shopping \
         early, and met for Thanksgiving dinner. Survivors of the Boxing Day tsunami \
         gathered. The new year began with a new deal. Cousins met in Ohio last Thanksgiving.",
        DEC28,
        expect![[r#"
            Families bought Christmas trees and Easter eggs but did their [Christmas]{DATE 2023-12-25} shopping early, and met for [Thanksgiving]{DATE 2023-11-23} dinner. Survivors of the [Boxing Day]{DATE XXXX-12-26} tsunami gathered. The new year began with a new deal. Cousins met in Ohio [last Thanksgiving]{DATE 2023-11-23}.
            -- anchor 2023-12-28 (Given)"#]],
    );
    // Titles of works: a capitalized word, "It's" or "Last" in mid-sentence, or a word
    // such as "film" before the name.
    check(
        "Children wrote to Father Christmas, sang Wake Me When It's Christmas and the carol \
         Last Christmas, and watched the comedy Christmas at Sea in the Christmas specials.",
        DEC28,
        expect![[r#"
            Children wrote to Father Christmas, sang Wake Me When It's Christmas and the carol Last Christmas, and watched the comedy Christmas at Sea in the Christmas specials.
            -- anchor 2023-12-28 (Given)"#]],
    );
    // The tense is read from the start of the expression: "until about Easter" lies ahead.
    check(
        "Shoppers do not return until about Easter.",
        DEC28,
        expect![[r#"
            Shoppers do not return until [about Easter]{DATE 2024-03-31}.
            -- anchor 2023-12-28 (Given)"#]],
    );
}

#[test]
fn bare_lengths_of_talks_fighting_and_waiting() {
    check(
        "After days of talks, the sides agreed. Weeks of fighting left the town in ruins. He \
         spoke for minutes. The strike lasted months, and the rebuilding took years. It was \
         the first time in decades. The days of the week are named after gods. Minutes later, \
         a second bomb went off. The minutes of the meeting were released. The feud has lasted \
         half a century, the first in a half-century; the call took half an hour.",
        WED,
        expect![[r#"
            After [days]{DURATION PXD} of talks, the sides agreed. [Weeks]{DURATION PXW} of fighting left the town in ruins. He spoke for [minutes]{DURATION PTXM}. The strike lasted [months]{DURATION PXM}, and the rebuilding took [years]{DURATION PXY}. It was the first time in [decades]{DURATION PXY}. The days of [the week]{DATE 2024-W24} are named after gods. [Minutes]{DURATION PTXM} later, a second bomb went off. The minutes of the meeting were released. The feud has lasted [half a century]{DURATION P50Y}, the first in a [half-century]{DURATION P50Y}; the call took [half an hour]{DURATION PT30M}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn fiscal_years_and_decades_ahead() {
    check(
        "Growth slowed last fiscal year and will recover this fiscal year. In the 2023 fiscal \
         year, sales rose; the fiscal third quarter was weak, as was the first fiscal quarter. \
         FY2025 looks better. Emissions will fall over the next decade.",
        WED,
        expect![[r#"
            Growth slowed [last fiscal year]{DATE 2023} and will recover [this fiscal year]{DATE 2024}. In [the 2023 fiscal year]{DATE 2023}, sales rose; [the fiscal third quarter]{DATE 2024-Q3} was weak, as was [the first fiscal quarter]{DATE 2024-Q1}. [FY2025]{DATE 2025} looks better. Emissions will fall over [the next decade]{DURATION P10Y}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn year_spans_lists_and_at_the_time() {
    check(
        "The 2009-2010 season and the 1999-00 season were poor. The rate was 5 percent in 2011 \
         versus 4 percent in 2010. At the time, he was the mayor. He was mayor at the time of \
         the flood. At that time, she was away. Rates are lower than 2012 levels. They won in 1995, '96 and '97.",
        WED,
        expect![[r#"
            The [2009-2010]{DATE 2009} season and the [1999-00]{DATE 1999} season were poor. The rate was 5 percent in [2011]{DATE 2011} versus 4 percent in [2010]{DATE 2010}. At [the time]{DATE PAST_REF}, he was the mayor. He was mayor at the time of the flood. At [that time]{DATE PAST_REF}, she was away. Rates are lower than [2012]{DATE 2012} levels. They won in [1995]{DATE 1995}, ['96]{DATE 1996} and ['97]{DATE 1997}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn ranges_of_years_and_counts() {
    check(
        "Between 1990 and 1995 prices fell, and from 2001 to 2004 wages rose. Between 1500 \
         and 2000 people came; sales grew from 2000 to 2500 units. 2000 people marched.",
        WED,
        expect![[r#"
            Between [1990]{DATE 1990} and [1995]{DATE 1995} prices fell, and from [2001]{DATE 2001} to [2004]{DATE 2004} wages rose. Between 1500 and 2000 people came; sales grew from 2000 to 2500 units. 2000 people marched.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn days_placed_by_an_event_prefixed_years_and_paired_quarters() {
    check(
        "The dam failed on May 3. Crews arrived the day after the flood, and the mayor left \
         in the weeks before the vote. Rain fell later in the day before the crews flew home. \
         Prices fell after 9 May, the day before the auction. We met the day before yesterday \
         and meet again the day after tomorrow. Post-1945 housing and pre-1960s cars were \
         cheap. The shop sells most in the second and fourth quarters.",
        WED,
        expect![[r#"
            The dam failed on [May 3]{DATE 2024-05-03}. Crews arrived [the day]{DATE 2024-05-04} after the flood, and the mayor left in [the weeks]{DATE 2024-05} before the vote. Rain fell later in the day before the crews flew home. Prices fell after [9 May]{DATE 2024-05-09}, [the day]{DATE 2024-05-09} before the auction. We met [the day before yesterday]{DATE 2024-06-10} and meet again [the day after tomorrow]{DATE 2024-06-14}. [Post-1945]{DATE 1945} housing and [pre-1960s]{DATE 196} cars were cheap. The shop sells most in [the second]{SET XXXX-Q2} and [fourth quarters]{SET XXXX-Q4}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn that_quarter_that_same_day_and_bare_units_ago() {
    check(
        "Profit fell in the second quarter of 2023. Costs for that quarter rose, and during \
         that time the plant was shut. The plant reopened on March 4; its manager left that \
         same day. The firm, which only months ago was losing money, now gains. Years ago it \
         was larger. That quarterly report was late.",
        WED,
        expect![[r#"
            Profit fell in [the second quarter of 2023]{DATE 2023-Q2}. Costs for [that quarter]{DATE 2023-Q2} rose, and during [that time]{DATE PAST_REF} the plant was shut. The plant reopened on [March 4]{DATE 2024-03-04}; its manager left [that same day]{DATE 2024-03-04}. The firm, which only [months ago]{DATE PAST_REF} was losing money, [now]{DATE PRESENT_REF} gains. [Years ago]{DATE PAST_REF} it was larger. That quarterly report was late.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn a_second_day_of_the_month_just_named() {
    check(
        "The fair runs on March 8 and 9 in Ghent. Votes are due Nov. 2 or 3. On May 4 and 25 \
         people were hurt.",
        WED,
        expect![[r#"
            The fair runs on [March 8]{DATE 2024-03-08} and [9]{DATE 2024-03-09} in Ghent. Votes are due [Nov. 2]{DATE 2024-11-02} or [3]{DATE 2024-11-03}. On [May 4]{DATE 2024-05-04} and 25 people were hurt.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn a_range_of_counts_is_one_length() {
    check(
        "Repairs take two to three weeks, and new loans come in the next 12 to 18 months. A \
         wait of 4 to 6 hours is usual for 18 to 24 year olds. Prices rose 5 to 10 percent \
         from 2001 to 2003. The cleanup may take two to three decades.",
        WED,
        expect![[r#"
            Repairs take [two to three weeks]{DURATION PXW}, and new loans come in [the next 12 to 18 months]{DURATION PXM}. A wait of [4 to 6 hours]{DURATION PTXH} is usual for 18 to 24 year olds. Prices rose 5 to 10 percent from [2001]{DATE 2001} to [2003]{DATE 2003}. The cleanup may take [two to three decades]{DURATION PXY}.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn past_before_a_plural_unit() {
    check(
        "Such sales were common in past years. Over the past decades the town shrank, and in \
         the past few weeks it grew. Past winners came back.",
        WED,
        expect![[r#"
            Such sales were common in [past years]{DURATION PXY}. Over [the past decades]{DURATION PXY} the town shrank, and in [the past few weeks]{DURATION PXW} it grew. Past winners came back.
            -- anchor 2024-06-12 (Given)"#]],
    );
}

#[test]
fn a_day_counted_within_an_event() {
    check(
        "It was the fifth day of the strike and the second year of her term. The first week of \
         June was dry. He left on the third day. Most fled in the first hours of the fire, and \
         more in the first days after it.",
        WED,
        expect![[r#"
            It was [the fifth day]{DATE XXXX-XX-XX} of the strike and [the second year]{DATE XXXX} of her term. The first week of [June]{DATE 2024-06} was dry. He left on the third day. Most fled in [the first hours]{DURATION PTXH} of the fire, and more in the first days after it.
            -- anchor 2024-06-12 (Given)"#]],
    );
}
