"""Dates with precision, resolved against the publication date or the story's own dates."""

from __future__ import annotations

from datetime import date

from recuento.extract.dates import dateline_span, detect_published, find_dates


def values(text: str, published: date | None = None) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.precision) for m in find_dates(text, published)]


def test_explicit_dates_keep_their_precision() -> None:
    text = (
        "On 13 December 1984, in July 1992, el 3 de noviembre de 1991, setiembre de 1992, in 1983."
    )
    assert values(text) == [
        ("13 December 1984", "1984-12-13", "day"),
        ("July 1992", "1992-07", "month"),
        ("3 de noviembre de 1991", "1991-11-03", "day"),
        ("setiembre de 1992", "1992-09", "month"),
        ("1983", "1983", "year"),
    ]


def test_relative_dates_resolve_against_publication_and_story() -> None:
    pub = date(1991, 11, 4)  # a Monday
    got = values("Gunmen struck on Sunday night. Two days later, police said.", pub)
    assert got == [("on Sunday", "1991-11-03", "day"), ("Two days later", "1991-11-05", "day")]


def test_spanish_weekdays_holidays_and_ayer() -> None:
    pub = date(2022, 12, 17)  # a Saturday
    got = values("El jueves hubo muertos; ayer marcharon; en Nochebuena.", pub)
    assert got[0][1] == "2022-12-15"
    assert got[1][1] == "2022-12-16"
    assert got[2][1] == "2021-12-24"  # the last Christmas Eve on or before publication


def test_weekday_with_day_of_month() -> None:
    assert values("El domingo 11 salimos.", date(2022, 12, 20))[0][1] == "2022-12-11"


def test_year_without_date_follows_the_story_then_publication() -> None:
    text = "On May 13, 1988, rebels struck. On May 14 soldiers came.\n\nOn 4 June they marched."
    got = values(text, date(2018, 1, 11))
    assert got[1][1] == "1988-05-14"  # the year of the explicit date just told
    assert got[2][1] == "1988-06-04"  # the story goes on in a new paragraph
    # with no year told before it, the last such day on or before publication
    assert values("On 4 January they marched.", date(2018, 1, 11))[0][1] == "2018-01-04"
    assert values("On 14 January they marched.", date(2018, 1, 11))[0][1] == "2017-01-14"


def test_years_after_and_years_ago() -> None:
    got = values(
        "Two years after his election in 1990, thirty-one years after the crime", date(2016, 9, 1)
    )
    assert [v for _, v, _ in got] == ["1992", "1985"]


def test_nothing_resolves_against_today() -> None:
    # without a publication date, "yesterday" has no value rather than a guess
    assert values("yesterday")[0][1] is None


def test_dateline_and_published_detection() -> None:
    text = "LIMA, Nov. 4 (Wire) -- Hooded gunmen ..."
    span = dateline_span(text)
    assert span is not None and text[span[0] : span[1]] == "Nov. 4"
    assert detect_published("January 11, 2018 | Revolution Newspaper\n\nText.") == date(2018, 1, 11)


def test_that_sunday_points_back_to_the_day_told_not_to_the_week_of_writing() -> None:
    pub = date(2010, 6, 16)  # a Wednesday
    text = (
        "The inquiry reported on Tuesday on the shootings of 30 January 1972.\n\n"
        "That Sunday afternoon, thousands marched through the city."
    )
    got = dict((t, v) for t, v, _ in values(text, pub))
    assert got["on Tuesday"] == "2010-06-15"  # deictic: the week of writing
    assert got["That Sunday"] == "1972-01-30"  # anaphoric: the Sunday just told
    # with nothing told before it, a demonstrative weekday falls back to the week of writing
    assert values("That Sunday the march began.", pub)[0][1] == "2010-06-13"


def test_a_demonstrative_part_of_the_day_takes_the_day_told_in_an_earlier_paragraph() -> None:
    pub = date(2012, 6, 26)
    text = "Cortamos el puente el 26 de junio de 2002.\n\nLos dos murieron esa tarde."
    got = values(text, pub)
    assert got[-1][:2] == ("esa tarde", "2002-06-26")
    en = values("Police stormed the embassy on Jan. 31, 1980.\n\nThat night it burned.", pub)
    assert en[-1][:2] == ("That night", "1980-01-31")
    # "this morning" is the day of writing, and "that day" is not resolved by this rule
    assert values("Troops fired this morning.", pub)[0][1] == "2012-06-26"
    assert [t for t, _, _ in values("In 1980 they were killed that day.", pub)] == ["1980"]


def test_places_named_after_dates_are_not_dates() -> None:
    pub = date(2019, 2, 27)
    text = (
        "Residents of Petare, 23 de Enero and other barrios were shot.\n"
        "La marcha llegó a la plaza Dos de Mayo y a la avenida 28 de Julio el 3 de marzo."
    )
    got = [t for t, _, _ in values(text, pub)]
    assert got == ["3 de marzo"]  # Spanish months are lower case in dates
    # a year makes it a date, and a dateline on the first line may capitalise its month
    assert values("x\nEl 23 de Enero de 1958 cayó la dictadura.", pub)[0][1] == "1958-01-23"
    assert values("LIMA, 15 de Enero (Agencia) — Hoy", pub)[0][1] == "2019-01-15"


def test_a_relative_date_after_publication_is_left_unresolved() -> None:
    # counted from the 2018 told before it, "diez años después" would be 2028: the speaker's
    # present, not a past date the text could report
    pub = date(2022, 6, 15)
    got = values(
        "En 2018 el tribunal absolvió a los policías. «Diez años después seguimos sin saber».", pub
    )
    assert got == [("2018", "2018", "year"), ("Diez años después", None, "year")]
    # the same words counted from an earlier year still resolve
    got = values("En 2008 hubo una matanza. Diez años después se abrió el juicio.", pub)
    assert got[1][1] == "2018"
    # a day or two past the publication date is left alone: datelines can be early
    late = values("The raid was on 14 June 2022. Two days later the toll rose.", pub)
    assert late[1][1] == "2022-06-16"
    assert values("Sucedió en 2021. Dos años después, nada.", pub)[1][1] is None


def test_a_weekday_with_a_day_takes_a_year_the_text_names_when_the_weekday_agrees() -> None:
    pub = date(2022, 11, 14)
    text = (
        "Testimonio sobre las protestas de noviembre de 2020.\n\n"
        "El lunes 9 de noviembre el Congreso vacó al presidente.\n\n"
        "El sábado 14 volvimos a la avenida."
    )
    got = values(text, pub)
    # 9 November 2022 was a Wednesday; in 2020 it was a Monday
    assert got[1][:2] == ("9 de noviembre", "2020-11-09")
    # the Saturday the 14th after the day last told, not the last one before publication
    assert got[2][:2] == ("El sábado 14", "2020-11-14")
    # without a year named in the text whose calendar agrees, the publication's year stays
    assert values("El lunes 9 de noviembre hubo marchas.", pub)[0][1] == "2022-11-09"


def test_n_years_ago_today_is_that_very_day() -> None:
    pub = date(2021, 10, 21)
    got = values("Thirty-one years ago today, on a Sunday morning, he went to the market.", pub)
    assert got[0][1:] == ("1990-10-21", "day")
    assert got[1][1] == "1990-10-21"  # that day was a Sunday: "on a Sunday" is the same day
    assert values("Hoy se cumplen 20 años de la masacre.", pub)[0][1] == "2001-10-21"
    assert values("Un día como hoy, hace 45 años, cayó el gobierno.", pub)[0][1] == "1976-10-21"
    # "thirty years ago", with no "today", stays a year
    assert values("Thirty years ago the army came.", pub)[0][1:] == ("1991", "year")


def test_a_yearless_day_takes_the_narratives_year_across_paragraphs() -> None:
    # an anniversary piece: the day falls on the publication's day, the story is decades older
    text = (
        "Thirty years on, the square is quiet.\n\n"
        "It was in March 1994 that the trucks first came to the valley.\n\n"
        "On 21 March the soldiers closed the road, and by the evening the shooting had begun."
    )
    got = values(text, date(2024, 3, 21))
    assert got[-1] == ("21 March", "1994-03-21", "day")


def test_a_day_marked_as_recent_takes_the_publication_year() -> None:
    text = (
        "En agosto de 2018 un juzgado lo condenó a 30 años.\n\n"
        "El pasado 26 de julio, el tribunal rebajó la pena; el 2 de agosto pasado la familia apeló."
    )
    got = values(text, date(2019, 8, 13))
    assert ("26 de julio", "2019-07-26", "day") in got
    assert ("2 de agosto", "2019-08-02", "day") in got


def test_a_month_of_that_year_takes_the_year_last_told() -> None:
    got = values(
        "En julio de 1997 llegaron los paramilitares. En octubre de ese mismo año volvieron; "
        "in March 1984 the patrol came, and in August of that year it came back. In 1990 it "
        "began; later that year it ended. El 3 de mayo de 1990 huyeron y en agosto del mismo "
        "año regresaron.",
        date(2017, 7, 15),
    )
    assert ("octubre de ese mismo año", "1997-10", "month") in got
    assert ("August of that year", "1984-08", "month") in got
    assert ("that year", "1990", "year") in got
    assert ("agosto del mismo año", "1990-08", "month") in got
    # with no year told before, "that year" has no value rather than a guess
    assert values("That year the rains came.", date(2017, 7, 15))[0][1] is None


def test_hace_hoy_n_anos_is_the_day_n_years_before_publication() -> None:
    got = values("Hace hoy veinticinco años, unos 150 agentes abrieron fuego.", date(2021, 4, 17))
    assert got[0][1:] == ("1996-04-17", "day")
