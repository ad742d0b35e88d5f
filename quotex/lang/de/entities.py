"""German, speaker entities: the courtesy titles, pronouns and role nouns
that tell a German speaker's gender, and the small words of an
organisation's name.  Data only; part of the German pack
(:data:`quotex.lang.de.PARTS`).  Words are lowercased, as in the rest of
the pack."""

from __future__ import annotations

from typing import Final

from quotex.lang.de.speakers import ANONYMOUS_HEADS, NAME_PARTICLES, PEOPLE_HEADS, TITLES

#: Courtesy titles and the gender they tell ("Herr Lindner", "Frau Özdemir"; a British knight's "Sir").
COURTESY_GENDER: Final = {"herr": "male", "frau": "female", "sir": "male"}

#: Third-person pronouns that tell a gender.  Not the object forms ("ihm", "ihn"),
#: which may stand for someone else, nor "sein" (also the verb "to be"), nor
#: "ihr"/"ihre" ("her", "their" and "your" alike); "sie" only before a verb in
#: the singular (:data:`PRONOUN_GUARDS`): "sie sagte" is hers, "sie sagten" theirs.
GENDER_PRONOUNS: Final = {
    "er": "male", "seine": "male", "seinem": "male", "seinen": "male", "seiner": "male", "seines": "male",
    "sie": "female",
}  # fmt: skip
#: Those that open the next sentence as evidence for the person just named: "Er", "Seine", "Sie" (singular).
OPENING_PRONOUNS: Final = frozenset(GENDER_PRONOUNS)
#: None are read as the nearer mention of a speaker named earlier in the paragraph: with "er"
#: and "sie" the German dev set's attributed F1 of direct quotes fell (0.791 to 0.783).
NEARER_PRONOUNS: Final[frozenset[str]] = frozenset()

#: Finite verbs in the third person singular that may follow "sie": the present subjunctive of
#: reported speech ("sie habe"), auxiliaries and modals, and common verbs in the present; any
#: lowercase word in "-te" is a past form in the singular too ("sie sagte", "sie wollte").
SINGULAR_VERBS: Final = frozenset(
    """
    sei habe könne müsse solle wolle werde dürfe gebe gehe stehe liege komme wisse bleibe brauche lasse
    plane halte sehe trage hoffe glaube fürchte fordere
    ist hat wird will kann muss soll darf mag war wäre hätte würde
    sagt erklärt betont meint fordert kritisiert glaubt hofft sieht steht geht kommt lebt arbeitet
    spricht schreibt findet hält weiß gibt nimmt bleibt
    """.split()
)
PRONOUN_GUARDS: Final = {
    "sie": r"[\ \u00a0] (?: " + " | ".join(sorted(SINGULAR_VERBS)) + r" | \p{Ll}{2,}te ) (?![\p{L}\p{N}])",
}
#: The same at the start of a sentence: "Sie sagte" is hers, "Sie sagten" theirs (or polite "you").
OPENING_GUARDS: Final = PRONOUN_GUARDS

_HEADS: Final = PEOPLE_HEADS | ANONYMOUS_HEADS | TITLES
#: Role nouns that tell a gender: the feminine form in "-in" of a role, and the
#: masculine form that has one ("ministerin", "minister"), and nouns of kin.
GENDERED_ROLES: Final = {
    **{w: "female" for w in _HEADS if w.endswith("in") and w[:-2] in _HEADS},
    **{w: "male" for w in _HEADS if w + "in" in _HEADS},
    **dict.fromkeys("frau mutter tochter schwester ehefrau witwe großmutter".split(), "female"),
    **dict.fromkeys("mann vater sohn bruder ehemann witwer großvater".split(), "male"),
}

#: Modifiers that set a description's holder apart from the office's present holder: "der frühere Minister".
SETTING_APART: Final = frozenset(
    """
    ehemalige ehemaliger ehemaligen frühere früherer früheren stellvertretende stellvertretender
    stellvertretenden amtierende amtierender kommissarische kommissarischer designierte designierter
    scheidende scheidender künftige künftiger
    """.split()
)

#: Small words inside an organisation's name ("Bundesamt für Strahlenschutz (BfS)").  Not the
#: articles: every noun is capitalised, and a run of capitals joined by them would read a
#: whole phrase back ("Sprecher der Organisation für …") into the name.
NAME_GLUE: Final = frozenset("für und von vom in im am zur zum".split())


#: Words that open a trailing time or setting phrase after a mention ("in der Nacht", "im Interview").
MENTION_TIME_OPENERS: Final = frozenset({"in", "im", "am"})
#: Words before a mention that are no part of it: "und Müller", "darunter der Bürgermeister".
LEADING_WORDS: Final = frozenset({"und", "aber", "so", "sowie", "darunter"})
#: Offices that end a run of capitalised words and never a person's name ("Stellvertretender Minister").
OFFICE_ENDINGS: Final = frozenset({"minister", "premier", "manager"})
#: Conjunctions after which a clause opens with its subject ("…, so Müller").  Not "als",
#: "nachdem", "während", "und": every noun is capitalised, and a noun after one would open
#: its clause as a name.
CLAUSE_CONJUNCTIONS: Final = frozenset({"so"})
#: Words that join the last item of a list closing an apposition ("Ministerin für Häfen, Straßen | und | Schiene").
#: The other tables of a set-off phrase stay empty: German relatives ("der", "die") are also its articles.
LIST_JOINERS: Final = frozenset({"und", "oder"})
#: The word that joins a coordinated subject stays unread: given "und", the mention readers joined
#: two names as one group but lost more direct quotes than they gained (attributed F1 fell).
SUBJECT_COORDINATORS: Final = frozenset[str]()


#: Roles as the text gives them (:mod:`quotex.speakers.roles`): prepositions a role never starts
#: with, titles of address that are no role alone, name particles, people words and courtesy titles that are no role,
#: words ending like a person noun ("-er") that are none, and the preposition inside an office
#: ("Minister | für | Arbeit").  The clause openers stay empty (the relatives "der", "die" are
#: also articles), and so do the English verbs and objects that tell a past form, the articles
#: and the function words that end a title read backwards: a German role keeps its article
#: ("die Umweltministerin des Landes", "Der bayerische Ministerpräsident").
ROLE_PREPOSITIONS: Final = frozenset(
    "in im von vom für mit aus bei beim an am auf zu zum zur nach über unter seit vor gegen ohne durch".split()
)
ROLE_ADDRESS: Final = frozenset("dr prof professor herr frau".split())
ROLE_NAME_PARTICLES: Final = NAME_PARTICLES
NOT_ROLE_PEOPLE: Final = frozenset({"person", "jemand", "leute", "menschen"})
NOT_ROLE_COURTESY: Final = frozenset({"herr", "frau"})
NOT_PERSON_NOUNS: Final = frozenset("aber oder über unter immer wieder weiter jeder september oktober november dezember".split())
OFFICE_PREPOSITIONS: Final = frozenset({"für"})
#: A setting at the end of a role ("in einem Interview", "am Montag"): its prepositions, the
#: determiners before its noun and the nouns of an occasion or a day; the endings of an age
#: written as a word ("47-jährige"); the endings of a noun for people ("Ingenieur", "Kaufmann").
ROLE_SETTING_PREPOSITIONS: Final = frozenset({"in", "im", "bei", "beim", "am", "auf", "während"})
ROLE_SETTING_DETERMINERS: Final = frozenset("einem einer der dem seinem seiner ihrem ihrer".split())
ROLE_SETTING_NOUNS: Final = frozenset(
    """
    interview erklärung mitteilung pressemitteilung pressekonferenz rede brief
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    """.split()
)
AGE_SUFFIXES: Final = frozenset({"-jährige", "-jähriger", "-jährigen"})
AGE_NOUN_ENDINGS: Final = ("-jährige", "-jähriger", "-jährigen")
PERSON_NOUN_ENDINGS: Final = ("er", "or", "ist", "ent", "ant", "eur", "mann", "person")
#: Speaker entities: articles dropped from a name or description ("die | Stadtwerke Ulm") and the
#: indefinite ones.  The determiners that point back to a document, those of a lead that names its
#: person later and the prepositions that end a head noun stay unread: given German ones, a few
#: descriptions went to the wrong named person.
ENTITY_ARTICLES: Final = frozenset("der die das den dem des ein eine einen einem einer eines".split())
INDEFINITE_ARTICLES: Final = frozenset("ein eine einen einem einer eines".split())
