-- Who is quoted most in the Parquet that spark_news.py wrote, saying what, about whom.
-- Run it where news.parquet is, in the duckdb shell or from Python:
--   python -c "import duckdb; duckdb.sql(open('duckdb_speakers.sql').read()).show()"
--
-- speaker: the resolved speaker (an entity of its article); quotes: how many quotes are
-- theirs; saying: their longest quote; about: the people, bodies and places named inside
-- their quotes, or whom they addressed, most frequent first.
WITH docs AS (
    SELECT id, lede FROM read_parquet('news.parquet/*.parquet')
),
quotes AS (
    SELECT id AS article, q.id AS quote, q.text, q.start, q."end",
           q.speaker.name AS speaker, q.speaker.entity AS speaker_entity,
           q.addressee.name AS addressee
    FROM (SELECT id, unnest(lede.quotes) AS q FROM docs)
    WHERE q.speaker.entity IS NOT NULL
),
mentions AS (
    SELECT id AS article, e.id AS entity, e.name, e.type, unnest(e.mentions) AS m
    FROM (SELECT id, unnest(lede.entities) AS e FROM docs)
),
about AS (
    SELECT q.speaker, m.name
    FROM quotes q
    JOIN mentions m ON m.article = q.article
        AND m.m.start >= q.start AND m.m."end" <= q."end"
        AND m.entity <> q.speaker_entity
        AND m.type IN ('PERSON', 'ORG', 'GPE', 'NORP')
    UNION ALL
    SELECT speaker, addressee FROM quotes WHERE addressee IS NOT NULL
),
about_ranked AS (
    SELECT speaker, string_agg(name, '; ' ORDER BY n DESC, name) AS about
    FROM (SELECT speaker, name, count(*) AS n FROM about GROUP BY ALL)
    GROUP BY speaker
)
SELECT q.speaker,
       count(*) AS quotes,
       arg_max(q.text, length(q.text)) AS saying,
       a.about
FROM quotes q LEFT JOIN about_ranked a USING (speaker)
GROUP BY q.speaker, a.about
ORDER BY quotes DESC, q.speaker
LIMIT 20;
