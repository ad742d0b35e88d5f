"""German: the words that tell a name in quotation marks from words said.

Data only, a part of the German pack (:data:`quotex.lang.de.PARTS`): German
capitalises every noun, so Title Case tells no title, and a quoted name is
told by the words around it instead: the noun before it that says what it
names ("die Zeitung „Morgenpost“"), a colon after a title's noun ("Motto:
„…“"), a company's legal form at its end, a short form in parentheses after
it, a reflexive naming verb ("nennt sich „…“"), a speaker's organisation
after "von", a source or addressee position ("laut „…“", "dem „…“
zufolge").  The readings are in :mod:`quotex.rules.words` and
:mod:`quotex.rules.naming`.
"""

from __future__ import annotations

from typing import Final

#: The lowercase words a quoted name may hold between its capitalised words
#: ("Freunde von Nirgendwo", "Bund der Steuerzahler e.V.", "House of Cards");
#: never "und", "für", "der": said words join nouns with them ("„Brot und
#: Spiele“", "„Gefahr für Leib und Leben“").
NAME_LINKS: Final = frozenset("von vom e.V. of the and de la le du del della dello di &".split())
#: Words right before a quotation that make it what someone calls something
#: ("nannte sie „Feinde der Freiheit“" is not; "bezeichnete sie als „Feinde
#: der Freiheit“" is, and stays words said).
LABEL_WORDS: Final = frozenset({"als", "wie"})
#: How the noun right before a quoted name ends: the quotation names what
#: the noun says it is, a newspaper, a party, a film, a ship ("die Zeitung
#: „Morgenpost“", "des Nachrichtenmagazins „Tagblatt“", "der Verein „Freunde
#: des Waldes“"), and is no one's words.  A compound ends in its head, so an
#: ending covers "Fachblatt", "Radiosender", "Wochenzeitung".
NAME_HEAD_ENDINGS: Final = tuple(
    """
    zeitung zeitungen blatt blattes blatts magazin magazins magazines zeitschrift zeitschriften
    sender senders agentur dienst dienstes
    partei parteien bündnis bündnisses organisation organisationen verein vereins verband verbandes
    verbands gruppe kollektiv kollektivs initiative kampagne bewegung netzwerk netzwerks
    film films filmes buch buches buchs roman romans album albums serie sendung programm programms
    schiff schiffs schiffes fähre operation projekt projekts portal portals website internetseite
    plattform unternehmen unternehmens konzern konzerns firma marke modell modells modelle motto
    namens sogenannte sogenannten genannte genannten
    titel titels titeln auszeichnung studie studien
    site shuttle sturm hurrikan taifun zyklon tour restaurant hotel
    videospiel videospiels computerspiel computerspiels actionspiel actionspiels
    """.split()
)
#: How a noun ends that a colon joins to the title or slogan after it: "(Motto:
#: „Sauber ist sicher“)", "(Codename: „Kranich“)", "ihr Erstwerk: „…“".  Not
#: every name head: "der Leiter des Unternehmens: „…“" introduces words said.
TITLE_COLON_ENDINGS: Final = tuple("motto devise slogan codename codenamen titel arbeitstitel werk".split())
#: The legal forms that end a company's name: "„Nordlicht Energie AG“".
COMPANY_FORMS: Final = frozenset("AG GmbH mbH KG KGaA SE e.V. hf Inc. Ltd. plc S.A.".split())
#: The reflexive pronoun and the forms of the verb with which something names
#: itself: "nennt sich „…“", "das sich selbst „…“ nennt", "…, wie sich die
#: Gruppe nennt".
SELF_NAMING_PRONOUNS: Final = frozenset({"sich"})
SELF_NAMING_FORMS: Final = frozenset("nennt nannte nennen nannten nenne nennte".split())
#: Prepositions after which a quoted name is the addressee of a report, in
#: the dative: "gegenüber dem „Morgenblatt“".
ADDRESSEE_PREPOSITIONS: Final = frozenset({"gegenüber"})
#: Prepositions that join a person to the organisation named after them:
#: "der Geschäftsführer von „Nordlicht“", "Lea Brandt von der „Aktion Hilfe“".
MEMBER_PREPOSITIONS: Final = frozenset({"von", "vom"})
#: Words that join one quoted name to the next: "die Modelle „Nord“ und
#: „Süd“" (a comma or an opening parenthesis joins them too).
NAME_JOINERS: Final = frozenset("und oder sowie".split())
