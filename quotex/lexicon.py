"""Word tables for speakers: titles, roles, organisations, documents.

Data only; :mod:`quotex.speakers` uses these to split a speaker mention into
a name and a role, and to tell people from organisations, groups, anonymous
sources and documents.
"""

from __future__ import annotations

from typing import Final

from quotex import german

#: Titles and honorifics that precede a name ("Gov. Mike Pence").  Compared
#: case-insensitively, without a trailing period.
TITLES: Final = (
    frozenset(
        """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister brother rabbi imam
    pope king queen prince princess sheikh president vice secretary minister prime foreign defense
    defence state treasury attorney general gen governor gov senator sen rep representative congressman
    congresswoman del speaker leader majority minority house senate mayor councilman councilwoman
    council judge justice chief ambassador adm admiral col colonel lt lieutenant maj major capt captain
    sgt sergeant cmdr commander gop democratic republican former presidential candidate nominee chairman
    chairwoman chair director press deputy assistant acting interim ceo cfo coo founder homeland
    security national adviser advisor spokesman spokeswoman spokesperson sec supreme court u.s us
    chancellor premier emir ayatollah white campaign manager chairperson commissioner sheriff officer
    detective agent inspector trooper whip pastor bishop cardinal first gubernatorial senior top
    independent libertarian green party jr new york the of and
    """.split()
    )
    | german.TITLES
)

#: Honorifics that tell gender.
MALE_HONORIFICS: Final = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "councilman", "chairman", "spokesman"}
)
FEMALE_HONORIFICS: Final = frozenset(
    """
    mrs ms miss dame lady queen princess sister congresswoman councilwoman chairwoman spokeswoman
    """.split()
)

#: Pronouns, with the gender and number they carry.
PRONOUNS: Final[dict[str, str]] = {
    "he": "male",
    "him": "male",
    "she": "female",
    "her": "female",
    "they": "plural",
    "we": "plural",
    "i": "self",
    "it": "neuter",
} | german.PRONOUNS

#: Head nouns of organisations ("the Russian Embassy", "the campaign").
ORGANIZATION_HEADS: Final = (
    frozenset(
        """
    embassy department ministry agency administration office government campaign committee party council
    commission court congress senate house pentagon kremlin army navy police company corporation corp
    inc group institute foundation university college association union network bureau board center
    centre service team organization organisation fund bank times post journal news press magazine
    newspaper tribune herald gazette globe cnn nbc abc cbs msnbc fox npr ap reuters afp upi bbc politico
    axios breitbart guardian daily telegraph economist atlantic hill examiner caller beast blaze salon
    slate vox wire pac fbi cia nsa dnc rnc gop un nato eu whitehouse state white regime staff authority
    authorities watchdog coalition alliance movement website outlet station paper channel program study
    poll survey facebook twitter instagram youtube reddit google snapchat tumblr linkedin
    registry federation constabulary brigade club trust ltd plc llc limited holdings partners
    research capital airline airlines airways telecom media systems industries enterprises society
    academy school hospital clinic tribunal parliament assembly forum front league utility
    operator charity secretariat directorate commissariat inspectorate command
    united rovers athletic wanderers fc afc albion hotspur
    """.split()
    )
    | german.ORGANIZATION_HEADS
)

#: Nouns that make an indefinite or plural mention an anonymous source.
ANONYMOUS_HEADS: Final = (
    frozenset(
        """
    source sources official officials spokesman spokeswoman spokesperson aide aides person people
    insider insiders adviser advisers advisor advisors staffer staffers diplomat diplomats observer
    observers analyst analysts representative representatives member members operative operatives
    associate associates ally allies confidant friend friends witness witnesses someone one expert
    experts officer officers employee employees strategist strategists lawmaker lawmakers executive
    executives
    """.split()
    )
    | german.ANONYMOUS_HEADS
)

#: Words that mark the sources as unnamed even with a definite article.
ANONYMOUS_MARKERS: Final = frozenset(
    {
        "familiar",
        "anonymity",
        "unnamed",
        "anonymous",
        "senior",
        "knowledgeable",
        "close",
        "speaking",
        "briefed",
    }
)

#: Documents that speak: "the memo called for", "the letter said".
DOCUMENT_HEADS: Final = (
    frozenset(
        """
    memo memorandum letter report statement cable email e-mail emails tweet tweets post article study
    poll survey document documents filing lawsuit complaint indictment ruling opinion book ad
    advertisement bill transcript editorial release platform order proposal plan resolution petition
    website message note guidance analysis review audit draft text dossier brief motion suit verdict
    decision agreement deal video speech interview op-ed column blog page headline story piece
    investigation records data figures chart sign banner slogan caption tape recording footage analyses
    estimate projection forecast
    """.split()
    )
    | german.DOCUMENT_HEADS
)
#: Documents that carry their issuer's own words: "she released a statement
#: saying" is hers, while "diplomats sent a letter calling for" is the letter's.
STATEMENT_HEADS: Final = frozenset("statement statements message messages release tweet tweets post email e-mail text".split())

#: Plural nouns for groups of people: "51 U.S. diplomats", "Democrats".
GROUP_HEADS: Final = frozenset(
    """
    percent majority plurality half third thirds quarter quarters respondents participants minority
    democrats republicans diplomats critics supporters protesters protestors voters lawmakers leaders
    activists economists scientists doctors lawyers attorneys officials residents americans
    conservatives liberals progressives members senators congressmen legislators delegates donors
    workers students parents families advocates opponents rebels troops soldiers veterans investigators
    prosecutors experts analysts historians researchers pollsters strategists aides allies others many
    some both all reporters journalists editors justices judges governors mayors candidates organizers
    gop evangelicals people citizens they we attendees demonstrators marchers fans spectators observers
    commentators pundits skeptics detractors backers staffers employees readers viewers listeners callers
    """.split()
)

#: Words that can never be a speaker on their own (they are the clause's
#: content, not its source): "it said" is kept, "there said" is not.
NOT_SPEAKERS: Final = frozenset(
    """
    after amid despite since although though until once unlike like during before upon whereas whether
    there this that what which who whom whose as if when while because and but or so to of in on at for
    with by from than then also not never has have had be been is was were are will would could should
    can may might must do does did a an the it its here now yet how why where these those some many much
    more most no all each every any such just only even still already ever again one
    """.split()
)

#: Function words that may appear inside a longer speaker mention
#: ("a spokesman for the Russian Embassy in Washington").
MENTION_GLUE: Final = frozenset(
    """
    a an the of for in at on to from with and another one two three four five several some many other
    his her their its our my your this that these those who familiar close speaking condition anonymity
    because not authorized speak publicly about matter discussions talks
    """.split()
)

#: Lowercase nouns for people that can head a speaker mention ("the
#: president", "his wife").
PEOPLE_HEADS: Final = (
    frozenset(
        """
    president candidate nominee spokesman spokeswoman spokesperson secretary senator governor mayor
    official source aide adviser advisor man woman mother father wife husband son daughter author
    reporter writer economist analyst expert professor lawyer attorney director chairman chairwoman
    chair manager strategist pollster historian scientist doctor judge justice prosecutor investigator
    officer agent leader founder owner executive ceo host anchor moderator commentator columnist editor
    correspondent billionaire businessman businesswoman activist voter supporter critic resident veteran
    friend colleague ambassador minister congressman congresswoman lawmaker representative chief
    commander general surrogate operative staffer insider diplomat witness victim student teacher worker
    employee member democrat republican conservative liberal mogul star actor actress comedian singer
    rapper pastor priest bishop rabbi imam researcher consultant lobbyist donor fundraiser speaker whip
    counsel sheriff chancellor person opponent rival challenger incumbent runner-up contender hopeful
    entrepreneur investor banker physician nurse spokespeople one someone everyone nobody observer
    """.split()
    )
    | german.PEOPLE_HEADS
)

#: Countries, capitals and similar places that speak as organisations
#: ("Russia insisted", "Moscow said").
PLACES: Final = frozenset(
    """
    russia china iran iraq syria israel turkey germany france britain england japan india pakistan
    mexico canada ukraine egypt cuba venezuela moscow beijing tehran washington london paris berlin kiev
    kyiv damascus ankara jerusalem brussels pyongyang seoul america europe nato korea saudi arabia
    riyadh tokyo afghanistan libya yemen qatar jordan lebanon poland italy spain greece sweden norway
    australia brazil argentina colombia nigeria kenya ethiopia havana
    """.split()
)

#: US states, by name and by AP abbreviation, lowercased: "in Salem, New
#: Hampshire," and "in Allentown, Pa.," keep their comma inside a phrase.
US_STATES: Final = frozenset(
    word.replace("_", " ")
    for word in """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia washington wisconsin wyoming
    new_hampshire new_jersey new_mexico new_york north_carolina north_dakota rhode_island
    south_carolina south_dakota west_virginia
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn.
    miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn.
    vt. va. wash. w.va. wis. wyo. d.c.
    """.split()
)

#: First names that tell a person's gender, for pronoun resolution.
MALE_NAMES: Final = (
    frozenset(
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
    )
    | german.MALE_NAMES
)
FEMALE_NAMES: Final = (
    frozenset(
        """
    hillary chelsea kellyanne melania ivanka elizabeth nancy michelle sarah sara mary patricia jennifer
    linda barbara susan jessica karen lisa betty helen sandra donna carol ruth sharon laura amy anna ann
    anne emily kate katie katherine kathleen kathy rebecca rachel megyn maria martha debbie deborah hope
    huma jill loretta condoleezza carly nikki dana tammy kirsten claire tulsi kamala cheryl stephanie
    heather julie alicia gennifer kelly erin gloria diane dianne susana marsha janet joni lois ghazala
    angela theresa teresa marine madeleine samantha victoria olivia sophia ella grace hannah natalie
    lauren ashley brittany megan monica paula wendy irene alma mrs ms miss
    """.split()
    )
    | german.FEMALE_NAMES
)


#: Speaker nouns written with a capital (all German nouns) that are not names.
COMMON_CAPITALISED: Final = german.ANONYMOUS_HEADS | german.ORGANIZATION_HEADS | german.PEOPLE_HEADS | german.DOCUMENT_HEADS

#: Nouns for what someone said, owned by the speaker: "Trump's claim that
#: there have been “thousands of shootings”", "his promise to “build a wall”".
CLAIM_NOUNS: Final = frozenset(
    """
    claim claims statement statements assertion assertions remark remarks comment comments promise
    promises pledge pledges warning warnings argument arguments prediction predictions suggestion
    description accusation accusations insistence contention words message vow vows proposal missive
    tweet tweets demand demands complaint complaints criticism characterization boast boasts vision
    """.split()
)
#: Possessive determiners and the pronoun each resolves like.
POSSESSIVE_PRONOUNS: Final[dict[str, str]] = {"his": "he", "her": "she", "their": "they"}

#: Last words of the names of places, roads and events, which are never
#: people: "Larchfield Avenue", "Nalkin Lake", "the Charter Cup".
PLACE_HEADS: Final = frozenset(
    """
    avenue road street st lane drive way close crescent terrace place square boulevard highway
    motorway lake river creek bay beach coast harbour harbor port island islands valley hill hills
    ridge mount mountain mountains peak forest park gardens reserve county district province region
    city town village borough suburb estate airport station stadium arena ground grounds oval
    bridge tower hall centre center building cup shield trophy series challenge championship
    championships league games open festival awards prize street's
    """.split()
)
#: First words of place names: "Fort St. James", "Lake Tahoe", "Mount Isa".
PLACE_OPENERS: Final = frozenset("fort lake mount port cape point saint san santa los las el north south east west new".split())
#: Capitalised forms of address that are no part of a name and tell no
#: gender (councillor, doctor, professor, judge), besides :data:`TITLES`.
ADDRESS_TITLES: Final = frozenset("cr cllr councillor dr doctor prof professor judge justice insp supt det sgt pc".split())

#: Nouns for what people do, besides :data:`PEOPLE_HEADS`, that stand
#: before a name as its title ("South Africa coach Dewald Brink") or
#: after it in apposition ("Paul Tregear, a councillor,").
ROLE_NOUNS: Final = frozenset(
    """
    coach boss captain skipper manager principal headteacher headmaster headmistress teacher
    showrunner councillor alderman resident superintendent commissioner barrister solicitor
    magistrate inspector constable officer chair head deputy secretary-general treasurer clerk
    registrar provost rector vice-chancellor premier minister mp mla mep senator governor mayor
    chief executive director editor presenter broadcaster novelist author poet artist singer
    songwriter musician actor actress dancer player striker defender midfielder goalkeeper winger
    forward batsman bowler jockey trainer driver rider athlete champion referee umpire farmer grower
    owner landlord tenant shopkeeper trader nurse midwife surgeon doctor physician paramedic
    firefighter pilot engineer scientist economist analyst strategist consultant partner founder
    co-founder president vice-president chairperson convenor organiser organizer campaigner
    volunteer witness victim survivor neighbour neighbor relative mother father son daughter wife
    husband sister brother uncle aunt grandmother grandfather spokesperson spokesman spokeswoman
    prosecutor counsel attorney lawyer judge justice bishop priest vicar imam rabbi pastor chef
    plumber electrician builder carpenter mechanic fisherman fishermen miner shopper commuter
    motorist passenger customer patient pupil parent protester activist investor trader grower
    accused defendant claimant complainant
    drummer guitarist bassist vocalist frontman frontwoman
    """.split()
)
#: Lowercase words that go before a role noun inside a title ("acting
#: clinical director", "deputy chief constable").
ROLE_MODIFIERS: Final = frozenset(
    """
    acting deputy assistant associate senior junior chief principal interim former vice executive
    managing general clinical national regional local state federal county city district group
    joint lead head first second shadow opposition independent veteran
    """.split()
)

#: Plural nouns that make a bare plural speaker anonymous ("sources said");
#: other plurals are groups ("officials said", "growers say").
SOURCE_HEADS: Final = frozenset("sources source insiders insider informants informant".split())
