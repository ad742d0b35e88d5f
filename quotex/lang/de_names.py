"""German: the words that tell a name in quotation marks from words said.

Data only, a part of the German pack (:data:`quotex.lang.de.PARTS`): German
capitalises every noun, so Title Case tells no title, and a quoted name is
told by the words around it instead, above all the noun before it that says
what it names ("die Zeitung „Morgenpost“").  The readings are in
:mod:`quotex.rules.words`.
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
    zeitung zeitungen blatt blattes blatts magazin magazins sender senders agentur dienst dienstes
    partei parteien bündnis bündnisses organisation organisationen verein vereins verband verbandes
    verbands gruppe kollektiv kollektivs initiative kampagne bewegung netzwerk netzwerks
    film films filmes buch buches buchs roman romans album albums serie sendung programm programms
    schiff schiffs schiffes fähre operation projekt projekts portal portals website internetseite
    plattform unternehmen unternehmens konzern konzerns firma marke modell modells modelle motto
    namens sogenannte sogenannten genannte genannten
    titel titels
    site shuttle sturm hurrikan taifun zyklon tour restaurant hotel
    videospiel videospiels computerspiel computerspiels actionspiel actionspiels
    """.split()
)
