"""English, speakers: the nouns, titles, pronouns, determiners and first
names quotex reads English speakers with.  Data only; part of the English
pack (:data:`quotex.lang.en.PARTS`)."""

from __future__ import annotations

from typing import Final

from quotex.lang import names

#: Titles and honorifics that precede a name ("Gov. Mike Pence").  Compared
#: case-insensitively, without a trailing period.
TITLES: Final = frozenset(
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
}

#: Head nouns of organisations ("the Russian Embassy", "the campaign", a court's "bench").
ORGANIZATION_HEADS: Final = frozenset(
    """
    embassy department ministry agency administration office government campaign committee party council
    commission court congress senate house pentagon kremlin army navy police company corporation corp
    inc group institute foundation university college association union network bureau board center
    centre service team organization organisation fund bank times post journal news press magazine
    newspaper tribune herald gazette globe cnn nbc abc cbs msnbc fox npr ap reuters afp upi bbc politico
    axios breitbart guardian daily telegraph economist atlantic hill examiner caller beast blaze salon
    slate vox wire pac fbi cia nsa dnc rnc gop un nato eu whitehouse state white regime authority
    authorities watchdog coalition alliance movement website outlet station paper channel program study
    poll survey facebook twitter instagram youtube reddit google snapchat tumblr linkedin
        registry federation constabulary brigade club trust ltd plc llc limited holdings partners
    research capital airline airlines airways telecom media systems industries enterprises society
    academy school hospital clinic tribunal parliament assembly forum front league utility
    operator charity secretariat directorate commissariat inspectorate command bench
    retailer lender insurer carrier manufacturer supplier provider distributor carmaker
    automaker drugmaker chipmaker
    united rovers athletic wanderers fc afc albion hotspur
    """.split()
)

#: Nouns that make an indefinite or plural mention an anonymous source.
ANONYMOUS_HEADS: Final = frozenset(
    """
    source sources official officials spokesman spokeswoman spokesperson aide aides person people
    insider insiders adviser advisers advisor advisors staffer staffers diplomat diplomats observer
    observers analyst analysts representative representatives member members operative operatives
    associate associates ally allies confidant friend friends witness witnesses someone one expert
    experts officer officers employee employees strategist strategists lawmaker lawmakers executive
    executives
    """.split()
)

#: Transcript labels of the one who asks, in capitals: in a transcript set out in paragraphs,
#: "HOST: Will more schools close?" is the interviewer's question, which news annotation lists
#: as no quote (a quoted transcript keeps its turns: PolNeAR quotes a moderator's questions).
INTERVIEWER_LABELS: Final = frozenset("HOST CO-HOST INTERVIEWER MODERATOR ANCHOR PRESENTER REPORTER JOURNALIST QUESTION".split())

#: Labels in capitals that open a news page's links, notes and credits, never a speaker's turn:
#: "WATCH: The mayor on the new lanes", "RELATED: …", "CORRECTION: …".  Not "VIDEO": a
#: quoted clip speaks ("VIDEO: They told me it was a storm.").
SECTION_LABELS: Final = frozenset(
    """
    WATCH READ LISTEN MORE RELATED UPDATE UPDATED CORRECTION CLARIFICATION NOTE PHOTO PHOTOS
    PICTURE PICTURES IMAGE IMAGES GALLERY CAPTION CREDIT CREDITS SOURCE SOURCES BYLINE DATELINE
    CONTACT EMAIL ADVERTISEMENT BREAKING EXCLUSIVE ANALYSIS OPINION LIVE LATEST TAGS TOPICS SHARE
    SUBSCRIBE TRANSCRIPT SEE
    """.split()
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
DOCUMENT_HEADS: Final = frozenset(
    """
    memo memorandum letter report statement cable email e-mail emails tweet tweets post article study
    poll survey document documents filing lawsuit complaint indictment ruling opinion book ad
    advertisement bill transcript editorial release platform order proposal plan resolution petition
    website message note guidance analysis review audit draft text dossier brief motion suit verdict
    decision agreement deal video speech interview op-ed column blog page headline story piece
    investigation records data figures chart sign banner slogan caption tape recording footage analyses
    estimate projection forecast initiative missive counterproposal filings
    bylaws rules charter guidelines finding findings
    """.split()
)
#: Documents that carry their issuer's own words: "she released a statement
#: saying" is hers, while "diplomats sent a letter calling for" is the letter's.
STATEMENT_HEADS: Final = frozenset(
    """statement statements message messages release tweet tweets post email e-mail text memo memos memorandum notice
    ad ads advertisement advertisements op-ed cover""".split()
)
#: Verbs whose subject issues such a document: "released a statement saying",
#: "publishing an op-ed in the Gazette attacking"; not "held up a sign calling".
ISSUING_VERBS: Final = frozenset(
    """issued released sent posted published tweeted emailed circulated distributed shared put out ran aired placed
    publishing releasing issuing""".split()
)

#: Plural nouns for groups of people: "51 U.S. diplomats", "Democrats".
GROUP_HEADS: Final = frozenset(
    """
    percent majority plurality half third thirds quarter quarters respondents participants minority
    democrats republicans diplomats critics supporters protesters protestors voters lawmakers leaders
    activists economists scientists doctors lawyers attorneys officials residents americans
    conservatives liberals progressives members senators congressmen legislators delegates donors
    workers students parents family families relatives advocates opponents rebels troops soldiers veterans investigators
    prosecutors experts analysts historians researchers pollsters strategists aides allies others many
    some both all reporters journalists editors justices judges governors mayors candidates organizers
    gop evangelicals people citizens they we attendees demonstrators marchers fans spectators observers
    commentators pundits skeptics detractors backers staff staffers employees readers viewers listeners callers
    scholars
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
PEOPLE_HEADS: Final = frozenset(
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
    vt. va. wash. w.va. wis. wyo. d.c. me. tex.
    """.split()
)

#: First names that tell a person's gender, for pronoun resolution.
MALE_NAMES: Final = names.MALE
FEMALE_NAMES: Final = names.FEMALE


#: Nouns for what someone said, owned by the speaker: "the mayor's claim that
#: there were “hundreds of complaints”", "her pledge to “fix every pothole”".
CLAIM_NOUNS: Final = frozenset(
    """
    claim claims statement statements assertion assertions remark remarks comment comments promise
    promises pledge pledges warning warnings argument arguments prediction predictions suggestion
    description accusation accusations insistence contention words message vow vows proposal missive
    tweet tweets demand demands complaint complaints criticism characterization boast boasts vision
    answer answers reply replies response responses verdict retort advice motto slogan
    """.split()
)
#: Words that open the content of a claim ("Lee's claim | that the fees were “fair”"), and those
#: after which quoted words describe the claim ("called Lee's claim that … | as “odd”").
CLAIM_CONTENT_LINKS: Final = frozenset({"that", "of"})
CLAIM_COMPLEMENTS: Final = frozenset({"as"})
#: Possessive determiners and the pronoun each resolves like.
POSSESSIVE_PRONOUNS: Final[dict[str, str]] = {"his": "he", "her": "she", "their": "they"}
#: Verbs of perception whose object speaks the participle cue after it: "we watched | the envoys |
#: calling it “…”", "a video shows | the mayor | saying", "to see | a Labour government | defending".
PERCEPTION_VERBS: Final = frozenset(
    """
    watch watches watched watching see sees saw seen seeing hear hears heard hearing remember remembers
    remembered remembering recall recalls recalled recalling show shows showed shown showing
    """.split()
)
#: Verbs that make their object act, the subject of the infinitive cue after it: "a win that led |
#: her | to declare", "the row drove | the mayor | to say" (not "urged her to", whose words may be the urger's).
CAUSATIVE_VERBS: Final = frozenset(
    """
    lead leads led leading drive drives drove driven driving prompt prompts prompted prompting
    force forces forced forcing cause causes caused causing spur spurs spurred spurring
    """.split()
)
#: Object pronouns and the subject pronoun each resolves like.
OBJECT_PRONOUNS: Final[dict[str, str]] = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}

DETERMINERS: Final = frozenset(
    """
    a an the another one two three four five six several some many other his her their its our my your
    this these those both all few most multiple numerous dozens hundreds
    """.split()
)

#: Determiners that never stand alone as a noun phrase ("his" and "her" do): a cue word right
#: after one is a noun ("the story of an | offer").
NOUN_ONLY_DETERMINERS: Final = frozenset({"a", "an", "the", "its", "our", "my", "your", "their"})

INDEFINITE: Final = frozenset(
    """
    a an another one two three four five six several some many multiple numerous few dozens
    """.split()
)

DEFINITE: Final = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})

#: Determiners that open a sentence's subject with a common noun before a phrase set off by commas:
#: "One attendee, who asked not to be named, said", "Another delegate, a retired teacher, said".
SET_OFF_OPENERS: Final = DETERMINERS

PREPOSITIONS: Final = frozenset(
    """
    of for with in at from on to close familiar speaking within inside near under behind without
    """.split()
)

#: Prepositions no speaker phrase ends in: before a cue, one opens the object of
#: the verb before it ("only “to mock” Ann Lee for | inviting a rival").
OBJECT_PREPOSITIONS: Final = frozenset("of for with in at from on to within inside near under behind without about against".split())

SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it", "you"})

#: Pronouns for one person, and the English pronoun each resolves like.
PERSON_PRONOUNS: Final = {"he": "he", "she": "she", "i": "i", "you": "you"}

TIME_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
    evening night week weekend month year january february march april may june july august september
    october november december jan feb aug sept oct nov dec earlier later recently previously then now
    ago last this next early late day days weeks months years interview statement speech tweet email
    press release conference briefing call rally appearance hearing past future time times occasion
    summer winter spring autumn
    """.split()
)

#: Pronouns that stand for an organisation ("it said").
NEUTER_PRONOUNS: Final = frozenset({"it"})
#: Articles dropped from the front of an organisation's name.
ARTICLES: Final = frozenset({"the"})
#: Words that end a mention when walking over it, besides the cue words and
#: the function words of NOT_SPEAKERS.
MENTION_STOPS: Final = frozenset(
    """
    who whom whose said says told not being been according however meanwhile also asked added while
    whether though although after before since until during about into over against like unlike via by s
    n't let lets get got say
    """.split()
)
#: Words of titles that do not head a mention on their own ("the New York …").
TITLE_MODIFIERS: Final = frozenset({"new", "york", "first", "top", "senior", "white", "green", "national"})
#: Capitalised words that are not names (connective adverbs that open a
#: sentence before a comma among them: "Conversely, the Ledger rated…").
CAPITALISED_NOT_NAMES: Final = frozenset(
    """
    the this that these those there it in on at but and so if when as a an after before while asked
    then now yes no still here what why how for with we i you yet however meanwhile instead indeed
    also moreover furthermore nonetheless nevertheless though although thus hence besides otherwise
    earlier later today protest said says added adds wrote writes
    conversely similarly likewise additionally consequently accordingly incidentally ultimately
    separately specifically notably importantly interestingly ironically unfortunately fortunately
    """.split()
)
#: Counts that stand alone for their speakers: "One tweeted…", "Many said…".
PRONOUN_COUNTS: Final = frozenset("one another some many several few".split())

#: Counts that head a mention of a share of people ("one in five say").
NUMBER_WORDS: Final = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands".split())

#: Words of a share of people that head a subject: "a third say", "two-thirds of voters said",
#: "a majority of Democrats", "26 percent said".
SHARE_WORDS: Final = frozenset(
    """
    half halves third thirds quarter quarters fourth fourths fifth fifths sixth tenth tenths two-thirds
    three-quarters three-fourths two-fifths three-fifths majority minority plurality percent handful
    number portion share fraction
    """.split()
)

#: A poll or survey that frames what its respondents said is their source: "In a June poll, 31%
#: of voters said …", "The survey finds that, while 40 percent say …" (quotex.rules.en.polls).
POLL_NOUNS: Final = frozenset("poll polls survey surveys".split())
#: Words that open a poll as the setting of a sentence ("In a June poll,", "According to a survey,").
POLL_SETTINGS: Final = frozenset("in according".split())
#: Verbs of a poll's findings before its respondents ("The poll also finds that …").
POLL_FINDINGS: Final = frozenset("finds found shows showed".split())

#: Words before a count that only make it approximate: "about 4 in 10", "nearly two-thirds",
#: "at least 21,000", "just over a quarter", "more than half".
APPROXIMATORS: Final = frozenset(
    """
    about nearly almost roughly around approximately just over under more fewer less than at least only
    barely fully some well close to upward upwards slightly exactly
    """.split()
)

#: Quantifiers that open a subject before a plural (or, "each" and "every", a singular) head:
#: "Several veteran pilots", "Each team", "Most economists".
GROUP_QUANTIFIERS: Final = frozenset("each every several many most some all both few numerous multiple other".split())

#: Participles that make "those" a group of respondents: "those polled say".
RESPONDENT_PARTICIPLES: Final = frozenset("surveyed polled questioned interviewed asked sampled contacted".split())

#: Adverbs between a subject and its cue that are no part of it: "Her aides here said".
SUBJECT_ADVERBS: Final = frozenset("here there too also alone alike themselves privately publicly".split())

#: Articles before a share word: "a third", "the majority".
SHARE_ARTICLES: Final = frozenset({"a", "an", "the"})
#: What joins a count to the whole it is of, in order: "one | in | five", "three | out of | ten".
RATIO_PHRASES: Final = (("in",), ("out", "of"))
#: Pronouns that may follow "of" in a share ("most of them").
OF_PRONOUNS: Final = frozenset("them us you those these".split())
#: The pronoun that heads a group read by what follows it: "those polled", "those over 70", "those close to".
RESPONDENT_PRONOUNS: Final = frozenset({"those"})
#: Words before an age after such a pronoun: "those | over | 70", "those | aged | 18".
AGE_LIMITS: Final = frozenset({"over", "under", "aged"})
#: Prepositions after a marker of closeness: "those close | to | the mayor", "familiar | with | the talks".
CLOSENESS_PREPOSITIONS: Final = frozenset({"to", "with"})
#: Quantifiers before a singular head, one by one: "Each team", "every side".
DISTRIBUTIVE_QUANTIFIERS: Final = frozenset({"each", "every"})
#: Determiners that may open a plural subject ("The findings", "Her ward workers").
PLURAL_DETERMINERS: Final = frozenset("the those these their her his its our my your".split())
#: Prepositions that may open a phrase after a complete group ("those in the valley's oldest towns").
PHRASE_PREPOSITIONS: Final = frozenset("in at from across around on among within".split())
#: The word of a percentage after a number: "26 | percent".
PERCENT_WORDS: Final = frozenset({"percent"})
#: Words that open a phrase after a subject's head: a relative clause, a prepositional phrase.
POSTMODIFIER_OPENERS: Final = frozenset("who that whose of in at from for on across around near outside inside among".split())
#: Those of them that open a relative clause ("Tenants | who | live near the plant say").
POSTMODIFIER_RELATIVES: Final = frozenset({"who", "that", "whose"})
#: Words after a participle in -ed that make it one ("interviewed at", "affected by", "filed Monday"), not a
#: finite verb ("believed the", "declined to", "campaigned on").
PARTICIPLE_NEXT: Final = frozenset("by at during last this earlier".split())
#: The word before an infinitive: "Growers trying | to | sell early said".
INFINITIVE_MARKERS: Final = frozenset({"to"})
#: Pronoun-like heads of a subject with a relative clause: "those who back her say".
RELATIVE_HEADS: Final = frozenset("those others some many most all few several people".split())

#: Words that end the clause before a subject: "while analysts say", "and economists warn".
CLAUSE_JOINERS: Final = frozenset("and but or while whereas because since although though as if when where that so yet nor".split())

#: Nouns of a setting ("in an interview"), dropped only after a preposition:
#: "the statement said" keeps its speaker.
SETTING_NOUNS: Final = frozenset(
    "interview statement speech tweet email press release conference briefing call rally appearance hearing".split()
)

#: Forms of "be" that make the cue after them passive.
PASSIVE: Final = frozenset("was were is are be been being 's".split())

#: Words that open a time phrase: "in the past", "on Monday", "last week".
TIME_PREPOSITIONS: Final = frozenset("in on at last this earlier late over".split())

NAME_PARTICLES: Final = frozenset(
    """
    de van von der bin al la le del da di du ibn st.
    """.split()
)

NAME_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: Pronouns contracted with a verb ("He’s claiming", "they're saying"): the pronoun speaks.
CONTRACTED_PRONOUNS: Final = {
    "he's": "he", "she's": "she", "they're": "they", "we're": "we", "i'm": "i",
    "he'd": "he", "she'd": "she", "they'd": "they", "we'd": "we", "i'd": "i",
    "he'll": "he", "she'll": "she", "they'll": "they", "we'll": "we", "i'll": "i",
    "they've": "they", "we've": "we", "i've": "i",
}  # fmt: skip

#: Prepositions that go on describing a named speaker ("Kirby of the State
#: Department", "the senator from Ohio"); others end the name ("in a statement").
NAME_PREPOSITIONS: Final = frozenset("of from for".split())

TITLE_LEADS: Final = frozenset("the of in".split())
#: Lowercase words before a capitalised title that open a name in apposition: "Ruiz's aunt, | state | Sen. Ann Roe, said".
APPOSITION_TITLE_LEADS: Final = frozenset("state former federal city county".split())

#: Passives that pass the words on to their subject: "X was quoted as saying".
QUOTED_AS: Final = frozenset({"quoted", "described", "cited"})
#: The word after such a passive before the cue: "quoted | as | saying".
QUOTED_AS_LINKS: Final = frozenset({"as"})

#: Adverbs set off by commas between a subject and its verb ("Forbes, however, says").
PARENTHETICALS: Final = frozenset("however meanwhile though too also moreover instead nonetheless nevertheless indeed".split())
#: Adverbs between a Title Case headline's subject and its cue: "Ruiz Just Said …", "Hale Now Says …".
HEADLINE_ADVERBS: Final = frozenset("just now also finally again still already reportedly quietly publicly openly".split())

#: Courtesy titles: they tell gender, not a role.
COURTESY_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss"})

#: Two-word parentheticals: "Varga’s office, for example, said".
PARENTHETICAL_PAIRS: Final = frozenset(
    {("for", "example"), ("for", "instance"), ("in", "turn"), ("of", "course"), ("in", "fact"), ("in", "particular")}
)
