"""First names that tell a person's gender, for names and pronoun resolution.

Data only, shared by the language packs: news in any language names people
from everywhere ("Angela Merkel" in English news, "Donald Trump" in German
news), so each pack's ``MALE_NAMES`` and ``FEMALE_NAMES`` are these lists.
Lowercased.
"""

from __future__ import annotations

from typing import Final

MALE: Final = frozenset(
    """
    donald mike michael bernie barack bill john ted marco jeb chris christopher paul tim timothy joe
    joseph jim james robert bob david dave mark steve steven stephen george richard rick thomas tom
    charles charlie daniel dan matthew matt anthony tony kevin jason jeff jeffrey ryan eric gary larry
    scott frank brian ron ronald newt rudy rudolph reince corey sean ben benjamin ashton sergei vladimir
    bashar ash jared lindsey mitch harry chuck rand rex jerry andrew peter alex alexander sam samuel
    william will jack jon jonathan nick nicholas ed edward greg gregory ken kenneth roger roy bruce ray
    raymond carl keith kyle adam aaron josh joshua justin brandon patrick pat jesse howard al gov martin
    luis jose carlos juan ahmed mohammed muhammad khizr evan gen dennis doug douglas walter henry phil
    philip hugh stan stanley terry tommy bobby billy jimmy johnny kirk lou mitt rob roberto trey vince
    wayne xavier zach mr sir
    """.split()
    + """
    jürgen norbert steffen olaf markus wolfgang horst heiko thomas andreas stefan christian hans klaus
    karl friedrich helmut gerhard sigmar sebastian christoph jens armin hubertus cem lars florian
    tobias jan matthias ralf uwe dieter günter werner heinz manfred bernd rolf volker joachim winfried
    philipp felix lukas jens-uwe frank-walter karl-heinz hans-georg günther herbert kurt otto ulrich
    """.split()
)
FEMALE: Final = frozenset(
    """
    hillary chelsea kellyanne melania ivanka elizabeth nancy michelle sarah sara mary patricia jennifer
    linda barbara susan jessica karen lisa betty helen sandra donna carol ruth sharon laura amy anna ann
    anne emily kate katie katherine kathleen kathy rebecca rachel megyn maria martha debbie deborah hope
    huma jill loretta condoleezza carly nikki dana tammy kirsten claire tulsi kamala cheryl stephanie
    heather julie alicia gennifer kelly erin gloria diane dianne susana marsha janet joni lois ghazala
    angela theresa teresa marine madeleine samantha victoria olivia sophia ella grace hannah natalie
    lauren ashley brittany megan monica paula wendy irene alma mrs ms miss
    """.split()
    + """
    angela annalena ursula svenja andrea franziska christine katarina saskia malu manuela anja sahra
    katja claudia petra sabine monika birgit heike karin renate ulla katrin simone susanne kristina
    ricarda annegret julia dorothee bärbel hildegard gabriele brigitte ute
    """.split()
)
