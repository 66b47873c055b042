"""Short news reports written for these tests, about real South Caucasus events.

Each story has reports by different (invented) outlets written independently,
as wire services and local papers would: same facts, own wording. Events are
hand-coded the way the coder would code them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from eventwire.coding.detector.model import load_detector
from eventwire.language.analyze import analyze
from eventwire.link import LinkIndex, LinkResult
from eventwire.link import link as _link
from eventwire.link.profile import Profile, article_profile
from eventwire.records import ActorRef, Article, Event, Place, Source

TEXTS: dict[str, tuple[str, str, str]] = {
    # id: (outlet, publication date, text)
    # --- 10 November 2020: trilateral ceasefire statement ----------------------
    "ceasefire-a": (
        "Caucasus Wire",
        "2020-11-10",
        """
Russia, Azerbaijan and Armenia signed a statement overnight that ends six weeks of fighting
over Nagorno-Karabakh. Vladimir Putin said the ceasefire took effect at midnight Moscow time
and that Russian peacekeepers would deploy along the line of contact and the Lachin corridor.

Under the deal Azerbaijan keeps the territory its army captured, including the town of Shusha,
and Armenia must hand back the Aghdam, Kalbajar and Lachin districts over the coming weeks.
Ilham Aliyev called the document a capitulation by Armenia.

Nikol Pashinyan wrote that signing it had been unspeakably painful for him personally and for
the people, but that the army had asked him to stop the war. Within hours crowds broke into
the government building in Yerevan, demanding his resignation.
""",
    ),
    "ceasefire-b": (
        "Baku Evening Post",
        "2020-11-10",
        """
President Ilham Aliyev addressed the nation after midnight to announce that the war was over
and that Armenia had agreed to withdraw from three districts around Karabakh. He signed the
trilateral declaration by video link together with the Russian president, while the Armenian
prime minister signed separately in Yerevan.

Aliyev said the iron fist had forced the enemy to its knees. Celebrations filled the streets of
Baku through the night, with people waving flags and sounding car horns.

Nearly two thousand Russian soldiers with armoured vehicles are to monitor the truce for at
least five years. Turkey, which supported Azerbaijan throughout the conflict, welcomed the deal
and said it would take part in a joint monitoring centre.
""",
    ),
    "ceasefire-c": (
        "Yerevan Daily",
        "2020-11-11",
        """
Angry protesters spent the night in the parliament and government offices in Yerevan after
Prime Minister Nikol Pashinyan accepted a Moscow-brokered agreement to halt the fighting in
Karabakh. Some of them beat the speaker of parliament, Ararat Mirzoyan, who was taken to
hospital.

The document freezes the front where it stood when Shushi fell and gives Azerbaijan the
regions of Kalbajar, Aghdam and Lachin. A narrow road through the Lachin corridor will stay
open under the watch of Russian troops.

Opposition parties called the agreement a betrayal and demanded a new government. Pashinyan
answered on Facebook that he had no other choice, because the defence of Stepanakert was about
to collapse.
""",
    ),
    # --- 10 October 2020: humanitarian truce agreed in Moscow ------------------
    "truce-a": (
        "Caucasus Wire",
        "2020-10-10",
        """
After more than ten hours of talks hosted by Sergei Lavrov in Moscow, the foreign ministers of
Armenia and Azerbaijan agreed to a humanitarian ceasefire in Nagorno-Karabakh from noon on
Saturday. Lavrov read out the agreement shortly after three in the morning.

The pause is meant to let both sides swap prisoners and recover the bodies of the dead, with
the International Committee of the Red Cross acting as go-between. Zohrab Mnatsakanyan and
Jeyhun Bayramov also agreed to start substantive negotiations under the Minsk Group.

It was the first meeting between the two ministers since the fighting erupted at the end of
September.
""",
    ),
    "truce-b": (
        "Moscow Herald",
        "2020-10-10",
        """
The Russian foreign minister emerged from the Osobnyak mansion before dawn to say that Baku
and Yerevan had accepted a truce for humanitarian purposes. Jeyhun Bayramov and Zohrab
Mnatsakanyan had been negotiating behind closed doors since the afternoon after a personal
appeal from President Putin.

The ceasefire will allow the exchange of captives and the dead under Red Cross mediation;
the details are to be settled later. Analysts in Moscow warned that the truce was fragile,
as neither side had promised to withdraw troops.
""",
    ),
    # --- 11 October 2020: missile strike on Ganja -------------------------------
    "ganja-a": (
        "Caucasus Wire",
        "2020-10-11",
        """
A missile hit a residential block in Ganja, Azerbaijan's second largest city, shortly after
midnight, killing at least nine civilians and injuring dozens, according to the Azerbaijani
prosecutor's office. Rescue workers searched the ruins of the building for survivors.

Baku blamed the strike on Armenian forces and said it breached the humanitarian truce agreed
in Moscow less than a day earlier. The Armenian defence ministry denied firing on the city.
""",
    ),
    "ganja-b": (
        "Baku Evening Post",
        "2020-10-11",
        """
Ganja woke to scenes of devastation after a rocket destroyed a nine-storey apartment building
in the night. Officials said nine people, among them children, were killed and more than thirty
were wounded.

President Aliyev's aide Hikmet Hajiyev accused Yerevan of deliberately targeting civilians and
called the attack a war crime. Armenia's government rejected the accusation and said its
forces had not shelled Azerbaijani cities.
""",
    ),
    # --- 13 September 2022: Azerbaijani attack on Armenian border towns --------
    "border-a": (
        "Caucasus Wire",
        "2022-09-13",
        """
Azerbaijani forces shelled several towns inside Armenia overnight, including Jermuk, Goris and
Vardenis, in the worst fighting between the two countries since 2020. Armenia's prime minister
Nikol Pashinyan told parliament that 49 Armenian soldiers had been killed.

Yerevan asked Russia and the Collective Security Treaty Organisation for help under their
mutual defence commitments. Baku said its troops had repelled large-scale provocations by
Armenian units near the border and reported fifty of its own servicemen dead.
""",
    ),
    "border-b": (
        "Yerevan Daily",
        "2022-09-14",
        """
Residents of Jermuk spent the night in basements as artillery and drones struck the spa town
and positions along the border on Tuesday. The Armenian defence ministry said the Azerbaijani
army had used heavy weapons against civilian infrastructure.

Pashinyan held emergency calls with Vladimir Putin, Emmanuel Macron and Antony Blinken and
formally invoked the Collective Security Treaty Organisation. The shelling eased after a truce
was announced on Wednesday evening, but both sides accused each other of violating it.
""",
    ),
    # --- 18 September 2022: Pelosi in Yerevan ----------------------------------
    "pelosi-a": (
        "Caucasus Wire",
        "2022-09-18",
        """
Nancy Pelosi, the speaker of the United States House of Representatives, met Prime Minister
Nikol Pashinyan in Yerevan on Sunday, the most senior American official to visit Armenia since
independence. She condemned what she called illegal and deadly attacks by Azerbaijan on
Armenian territory earlier in the week.

Pelosi said Washington was committed to Armenia's security and democracy. Azerbaijan's
foreign ministry replied that her remarks were unfounded and unfair and would harm the peace
process.
""",
    ),
    "pelosi-b": (
        "Yerevan Daily",
        "2022-09-19",
        """
Thousands of people greeted the American congressional delegation led by Speaker Nancy Pelosi
as she laid a wreath at the Tsitsernakaberd genocide memorial. During talks with Pashinyan she
promised that the Congress would follow the security situation on the border closely.

Pelosi told journalists at the Cafesjian Center that the United States stood with Armenia,
and that democracy there was a priority for Washington. Baku protested that the visit
encouraged Yerevan to take a hard line in negotiations.
""",
    ),
    # --- 22 February 2022: Aliyev in Moscow, allied declaration ---------------
    "visit2022": (
        "Moscow Herald",
        "2022-02-22",
        """
Ilham Aliyev held talks with Vladimir Putin in the Kremlin and signed a declaration on allied
interaction between Azerbaijan and Russia. The document commits the two countries to mutual
assistance and to consult each other on threats to their security.

The visit came a day after Putin recognised the separatist republics in eastern Ukraine, and
Aliyev avoided any comment on the decision. The presidents also discussed the deployment of
Russian peacekeepers in Karabakh and plans to reopen railways through the region.
""",
    ),
    # --- 22 April 2024: Aliyev in Moscow again ---------------------------------
    "visit2024": (
        "Moscow Herald",
        "2024-04-22",
        """
Vladimir Putin received Ilham Aliyev in the Kremlin for talks on trade, transport corridors and
the normalisation of relations between Baku and Yerevan. The meeting followed the start of the
early withdrawal of Russian peacekeepers from Karabakh, which the Kremlin confirmed last week.

Aliyev thanked the Russian side for its contribution to stability in the region and said trade
between the two countries had grown. Putin offered Moscow's help with the delimitation of the
Armenian Azerbaijani border.
""",
    ),
    # --- 19-20 September 2023: Azerbaijani offensive in Karabakh ---------------
    "offensive-a": (
        "Caucasus Wire",
        "2023-09-20",
        """
Ethnic Armenian forces in Nagorno-Karabakh agreed to lay down their arms on Wednesday, a day
after Azerbaijan launched what it called local anti-terrorist measures with artillery and
drones. The ceasefire was mediated by the command of the Russian peacekeeping contingent.

Karabakh officials said at least 200 people had died in the fighting. Talks on the
reintegration of the region's Armenian population into Azerbaijan are to begin in Yevlakh on
Thursday.
""",
    ),
    "offensive-b": (
        "Baku Evening Post",
        "2023-09-20",
        """
The defence ministry in Baku announced that its operation in the Karabakh economic region was
over after less than twenty four hours, as Armenian armed formations accepted to disband and
hand over their heavy weapons. President Aliyev said sovereignty had been restored.

Officials said representatives of the Armenian residents would meet government envoys in
Yevlakh to discuss their rights and security. Russian peacekeepers will oversee the
withdrawal of fighters.
""",
    ),
    # --- 12 December 2022: Lachin corridor blocked ----------------------------
    "lachin": (
        "Yerevan Daily",
        "2022-12-12",
        """
A group of Azerbaijanis describing themselves as environmental activists blocked the Lachin
road near Shushi, cutting the only link between Karabakh and Armenia. They said they were
protesting against illegal mining at gold and copper deposits in the region.

Armenian officials called the action an organised blockade by the Azerbaijani government and
asked the Russian peacekeepers to reopen the road. Around 120,000 people depend on the corridor
for food and medicine.
""",
    ),
}

STORIES: dict[str, str] = {
    "ceasefire-a": "ceasefire",
    "ceasefire-b": "ceasefire",
    "ceasefire-c": "ceasefire",
    "truce-a": "truce",
    "truce-b": "truce",
    "ganja-a": "ganja",
    "ganja-b": "ganja",
    "border-a": "border",
    "border-b": "border",
    "pelosi-a": "pelosi",
    "pelosi-b": "pelosi",
    "visit2022": "visit2022",
    "visit2024": "visit2024",
    "offensive-a": "offensive",
    "offensive-b": "offensive",
    "lachin": "lachin",
}


def article(key: str) -> Article:
    outlet, published, text = TEXTS[key]
    return Article(
        article_id=key,
        origin=f"tests/{key}.txt",
        text=text.strip(),
        title=None,
        outlet=outlet,
        publication_date=published,
    )


RUS = ActorRef("Vladimir Putin", "RUS", "GOV")
ALIYEV = ActorRef("Ilham Aliyev", "AZE", "GOV")
PASHINYAN = ActorRef("Nikol Pashinyan", "ARM", "GOV")
AZE = ActorRef(None, "AZE", "MIL")
ARM = ActorRef(None, "ARM", "MIL")
LAVROV = ActorRef("Sergei Lavrov", "RUS", "GOV")
PELOSI = ActorRef("Nancy Pelosi", "USA", "LEG")


def event(
    key: str,
    n: int,
    event_type: str,
    actors: tuple[ActorRef, ...],
    recipients: tuple[ActorRef, ...],
    date: str | None,
    *,
    precision: str = "day",
    estimated: bool = False,
    place: Place | None = None,
    sentence: int = 0,
    confidence: float = 0.5,
    modality: str = "asserted",
) -> Event:
    """A hand-coded event of article ``key`` reported in sentence ``sentence``."""
    outlet, published, _ = TEXTS.get(key, ("Test", date or "", ""))
    return Event(
        event_id=f"{key}-e{n}",
        event_type=event_type,
        event_mode=None,
        contexts=(),
        cameo_code=None,
        quad_class=None,
        actors=actors,
        recipients=recipients,
        event_date=date,
        date_precision=precision,
        date_raw=None,
        date_estimated=estimated,
        location=place,
        sources=(
            Source(
                key, f"tests/{key}.txt", outlet, None, None, published, f"s{sentence}", sentence
            ),
        ),
        confidence=confidence,
        modality=modality,
    )


YEREVAN = Place("Yerevan", "ARM", 40.18, 44.51, 616052)
MOSCOW = Place("Moscow", "RUS", 55.75, 37.62, 524901)
GANJA = Place("Ganja", "AZE", 40.68, 46.36, 587084)
JERMUK = Place("Jermuk", "ARM", 39.84, 45.67, None)


def coded_events(key: str) -> tuple[Event, ...]:
    """The events a good coder would find in each test article."""
    e = event
    table: dict[str, tuple[Event, ...]] = {
        "ceasefire-a": (
            e(key, 0, "AGREE", (RUS, ALIYEV, PASHINYAN), (), "2020-11-10"),
            e(
                key,
                1,
                "PROTEST",
                (ActorRef(None, "ARM", "CVL"),),
                (PASHINYAN,),
                "2020-11-10",
                place=YEREVAN,
                sentence=5,
            ),
        ),
        "ceasefire-b": (
            e(
                key,
                0,
                "AGREE",
                (ALIYEV,),
                (ActorRef(None, "ARM", "GOV"),),
                "2020-11-10",
                sentence=1,
            ),
        ),
        "ceasefire-c": (
            e(
                key,
                0,
                "PROTEST",
                (ActorRef(None, "ARM", "CVL"),),
                (PASHINYAN,),
                "2020-11-11",
                estimated=True,
                place=YEREVAN,
            ),
            e(key, 1, "AGREE", (PASHINYAN,), (), "2020-11-11", estimated=True),
        ),
        "truce-a": (
            e(
                key,
                0,
                "AGREE",
                (ActorRef("Zohrab Mnatsakanyan", "ARM", "GOV"),),
                (ActorRef("Jeyhun Bayramov", "AZE", "GOV"),),
                "2020-10-10",
                place=MOSCOW,
            ),
        ),
        "truce-b": (
            e(
                key,
                0,
                "AGREE",
                (ActorRef(None, "AZE", "GOV"), ActorRef(None, "ARM", "GOV")),
                (),
                "2020-10-10",
                estimated=True,
                place=MOSCOW,
            ),
        ),
        "ganja-a": (
            e(
                key,
                0,
                "ASSAULT",
                (ARM,),
                (ActorRef(None, "AZE", "CVL"),),
                "2020-10-11",
                place=GANJA,
            ),
            e(
                key,
                1,
                "ACCUSE",
                (ActorRef(None, "AZE", "GOV"),),
                (ARM,),
                "2020-10-11",
                estimated=True,
                sentence=2,
            ),
        ),
        "ganja-b": (
            e(
                key,
                0,
                "ASSAULT",
                (ARM,),
                (ActorRef(None, "AZE", "CVL"),),
                "2020-10-11",
                estimated=True,
                place=GANJA,
            ),
            e(
                key,
                1,
                "ACCUSE",
                (ActorRef("Hikmet Hajiyev", "AZE", "GOV"),),
                (ActorRef(None, "ARM", "GOV"),),
                "2020-10-11",
                estimated=True,
                sentence=2,
            ),
        ),
        "border-a": (
            e(
                key,
                0,
                "ASSAULT",
                (AZE,),
                (ActorRef(None, "ARM", None),),
                "2022-09-13",
                estimated=True,
                place=JERMUK,
            ),
            e(
                key,
                1,
                "REQUEST",
                (ActorRef(None, "ARM", "GOV"),),
                (RUS,),
                "2022-09-13",
                estimated=True,
                sentence=2,
            ),
        ),
        "border-b": (
            e(
                key,
                0,
                "ASSAULT",
                (AZE,),
                (ActorRef(None, "ARM", None),),
                "2022-09-13",
                place=JERMUK,
            ),
        ),
        "pelosi-a": (
            e(key, 0, "CONSULT", (PELOSI,), (PASHINYAN,), "2022-09-18", place=YEREVAN),
            e(
                key,
                1,
                "ACCUSE",
                (PELOSI,),
                (ActorRef(None, "AZE", "GOV"),),
                "2022-09-18",
                sentence=1,
            ),
        ),
        "pelosi-b": (
            e(
                key,
                0,
                "CONSULT",
                (PELOSI,),
                (PASHINYAN,),
                "2022-09-19",
                estimated=True,
                place=YEREVAN,
                sentence=1,
            ),
        ),
        "visit2022": (
            e(key, 0, "CONSULT", (ALIYEV,), (RUS,), "2022-02-22", estimated=True, place=MOSCOW),
            e(key, 1, "AGREE", (ALIYEV, RUS), (), "2022-02-22", estimated=True, place=MOSCOW),
        ),
        "visit2024": (
            e(key, 0, "CONSULT", (RUS,), (ALIYEV,), "2024-04-22", estimated=True, place=MOSCOW),
        ),
        "offensive-a": (
            e(key, 0, "ASSAULT", (AZE,), (ActorRef(None, "ARM", "REB"),), "2023-09-19"),
            e(
                key,
                1,
                "CONCEDE",
                (ActorRef(None, "ARM", "REB"),),
                (AZE,),
                "2023-09-20",
                estimated=True,
            ),
        ),
        "offensive-b": (
            e(
                key,
                0,
                "CONCEDE",
                (ActorRef(None, "ARM", "REB"),),
                (ALIYEV,),
                "2023-09-20",
                estimated=True,
            ),
        ),
        "lachin": (
            e(
                key,
                0,
                "PROTEST",
                (ActorRef(None, "AZE", "CVL"),),
                (ActorRef(None, "ARM", None),),
                "2022-12-12",
                estimated=True,
            ),
        ),
    }
    return table[key]


@cache
def _profile(article_id: str, title: str | None, text: str, published: str | None) -> Profile:
    art = Article(article_id=article_id, origin=f"tests/{article_id}.txt", text=text,
                  title=title, outlet=None, publication_date=published)
    return article_profile(analyze(art), load_detector())


def link(art: Article, events: tuple[Event, ...], index: LinkIndex, *args: Any, **kw: Any
         ) -> LinkResult:
    """``eventwire.link.link`` with the article's real profile (entities, lead vector), as
    the pipeline passes it; ``profile=None`` links without one."""
    if "profile" not in kw:
        kw["profile"] = _profile(art.article_id, art.title, art.text, art.publication_date)
    return _link(art, events, index, *args, **kw)
