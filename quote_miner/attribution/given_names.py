"""Given names that say a person's gender, so that "he" and "she" can tell apart people the
article names but never calls either ("Kevin was snoring. “…,” she said" is not Kevin).

Common English given names and the foreign ones news most often meets, written for this
project; names given to both sexes (Chris, Jordan, Taylor, Lee, Lynn, Charlie, …) are in neither list.
"""

from quote_miner.names import fold

MALE_GIVEN_NAMES = frozenset(
    """
    aaron abdul abraham adam adrian ahmad ahmed alan albert alejandro alfred ali allen alvin
    andre andrew andy angelo anthony antonio arnold arthur austin barack barry ben benjamin
    bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian
    bruce bryan byron calvin carl carlos chad charles chuck clarence claude clifford
    clint cody cole colin conrad corey craig curtis dan daniel danny darius darren darryl dave
    david dean dennis derek devin diego dmitry dominic don donald doug douglas duane dustin
    dwayne dwight earl ed eddie edgar eduardo edward edwin elias elijah elliot emil emmanuel
    enrique eric ernest ethan eugene evan felix fernando finn floyd francis francisco frank
    franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glen glenn
    gordon graham greg gregory gus gustavo hamid hank harold harry harvey hassan hector henry
    herbert howard hugh ian ibrahim igor isaac ivan jack jacob jaime jake jamal james jared
    jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joaquin joe joel
    john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karim karl keith
    ken kenneth kevin khalid kirk kurt kyle lance larry lawrence leo leon leonard lewis liam
    lloyd lorenzo louis luca luis luke malcolm manuel marc marcel marco marcus mario mark martin
    marvin mason matt matthew maurice max michael miguel mike mitch mitchell mitt mohamed
    mohammed muhammad mustafa nathan neil nelson newt nicholas nick nigel noah norman oliver
    omar oscar otto owen pablo patrick paul pedro peter phil philip phillip pierre quentin
    rafael rahul ralph rami ramon randall randy rashid ray raymond reggie reza ricardo richard
    rick ricky rob robert roberto rod rodney roger roland ron ronald rory ross roy ruben rudy
    russell ryan salvador samuel sanjay scott sean sebastian sergei sergey seth shane shawn
    simon stanley stefan stephen steve steven stuart sunil tariq ted terrence theodore thomas
    tim timothy tobias todd tom tommy tony travis trevor troy tyler ulrich vernon victor vijay
    vincent vladimir wade walt walter warren wayne wesley william willie wolfgang xavier yuri yusuf
    zachary zane
    mathieu etienne francois guillaume sebastien yves luc benoit gilles jacques rejean sylvain
    normand alain olivier gord gordie vasilis dimitri nikos rajesh amit arjun vikram deepak ravi
    hiroshi kenji takeshi dylan connor brody tyson nazem mikael thatcher lorne grant jean-pierre
    jean-francois jean-guy marc-andre pierre-luc denis gaetan rene andre-philippe
    dmitri alexei andrei mikhail oleksandr volodymyr taras bohdan wojciech piotr krzysztof
    tomas jakub lukas matthias jurgen klaus hans dieter rolf sven lars nils anders bjorn
    giuseppe giovanni paolo francesco alessandro matteo riccardo massimo stefano
    sanjeev rakesh suresh anil manoj jagmeet hardeep
    kwame kofi chidi emeka oluwaseun tunde abdullah yousef mehdi arash farid
    liam ewan angus hamish callum declan cian seamus niall
    michel serge stephane remi guy frederic patrice alexandre maxime hugo pascal yvon ghislain
    gaston yannick
    santiago mateo rodrigo sergio raul andres gonzalo ignacio emilio hernan mauricio esteban
    cristian julio arturo alfonso rohan ajay nikolai pavel andriy oleg bilal kwabena chinedu
    obinna femi segun kunle abel
    """.split()
)
FEMALE_GIVEN_NAMES = frozenset(
    """
    abigail ada adriana agnes aileen alexandra alice alicia alison allison amanda amber amelia
    amy ana andrea angela angelina anita ann anna anne annie antoinette barbara beatrice becky
    belinda betsy betty beverly bonnie brenda bridget brittany brooke caitlin camila candace
    carla carly carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl
    chloe christina christine cindy claire clara claudia colleen connie courtney cynthia daisy
    danielle darlene deanna debbie deborah debra denise diana diane dianne donna doris dorothy
    edith eileen elaine eleanor elena elizabeth ella ellen eloise emily emma erica erin esther
    eva evelyn fatima fiona florence frances gabriela gail gina gladys gloria grace gretchen
    gwen hannah harriet hazel heather heidi helen hilary hillary holly ida irene iris isabel
    isabella jacqueline jane janet janice jasmine jeanette jeanne jenna jennifer jenny jessica
    jessie jill joan joanna joanne josephine joy joyce judith judy julia julie kara karen kate
    katherine kathleen kathryn kathy katie katy kayla kelsey kimberly kirsten kristen kristin
    kristina laura lauren leah linda lisa liz lois lorraine louise lucia lucy lydia madeline
    maggie mandy marcia margaret margo maria marian marie marilyn marjorie martha mary maxine
    megan meghan melanie melinda melissa mia michelle mildred miriam molly monica nadia nancy
    naomi natalie natasha nicole nikki nina nora norma olga olivia paige pamela patricia paula
    pauline peggy penny phyllis priscilla priya rachel rana rebecca regina renee rita roberta
    rosa rose rosemary roxanne ruth sabrina sally samantha sandra sara sarah sharon sheila
    shirley sienna sonia sophia stacey stacy stephanie sue susan suzanne sylvia tamara tammy
    tanya tara teresa terri theresa tiffany tina tracey tracy trish ursula valerie vanessa vera
    veronica victoria vivian wanda wendy yasmin yolanda yvonne zoe
    amelie genevieve isabelle sophie chantal nathalie josee manon veronique sylvie lise
    marie-eve marie-claude marie-josee anne-marie marie-france josiane francine ginette
    helene celine solange monique micheline lucie martine brigitte catherine-anne
    keisha aisha kyra deepa anjali sunita kavita meera leila layla mei-ling dipika
    sheryl krista kristy lori leanne shauna shelley janelle chelsey brittney
    simran
    oksana olena iryna svetlana tatiana natalia ekaterina yulia anastasia
    agnieszka katarzyna magdalena ingrid astrid sigrid greta ulla birgit
    giulia francesca chiara alessandra valentina federica
    chioma ngozi amara adaeze fatou aminata zainab maryam samira yasmine
    siobhan aoife niamh saoirse ciara
    emilie andree maryse johanne mylene karine
    alejandra guadalupe ximena daniela mariana paola lorena marisol pilar beatriz ines mei keiko
    hana ananya irina amina chiamaka funmilayo abena akosua lily lana
    """.split()
)


def given_name_gender(name: str) -> str | None:
    """ "m" or "f" for a name whose first word is a given name of one sex, else None."""
    # (accents folded: "Amélie" is listed as "amelie", "Renée" as "renee")
    first = fold(name.split()[0]).strip(".,") if name.split() else ""
    if first in MALE_GIVEN_NAMES:
        return "m"
    return "f" if first in FEMALE_GIVEN_NAMES else None
