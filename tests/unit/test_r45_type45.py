"""Round 45 (type45): the labelling guide's type conventions in forms the rules were not
written on (a conviction told as "found guilty", an embargo told as a ban on every flow of
goods, a state's own embassy suspended, a joint patrol agreed, force vowed to go on), each with
a test that fails without its rule and a near miss. Every sentence here was written for this
module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_dyad, recommended_coder

coder = recommended_coder


def test_found_guilty_is_a_conviction(coder: Coder) -> None:
    # guide point 35: a court convicting a political figure is 17 COERCE (173), not 116
    text = "A court in Harare found the opposition lawmaker Tendai Moyo guilty of incitement."
    assert first_dyad(coder, text) == ("COERCE", "173", "ZWE", "ZWE")


def test_found_guilty_with_a_long_title_is_a_conviction(coder: Coder) -> None:
    text = "A Lusaka court found the former foreign minister of Zambia guilty of abuse of office."
    assert first_dyad(coder, text) == ("COERCE", "173", "ZMB", "ZMB")


def test_found_liable_stays_a_civil_finding(coder: Coder) -> None:
    # near miss: a civil finding is no conviction
    assert code_list(coder, "A court in Lima found the mining company liable for the spill.") == [
        "116"
    ]


def test_ban_on_any_shipments_is_an_embargo(coder: Coder) -> None:
    # guide points 7 and 44: a state's ban on a flow of goods to another is 163, not 172
    text = "Malaysia has prohibited any shipments of palm oil bound for Myanmar."
    assert first_dyad(coder, text) == ("SANCTION", "163", "MYS", "MMR")


def test_ban_on_protests_stays_a_restriction(coder: Coder) -> None:
    # near miss: a ban on gatherings at home is 1721
    assert code_list(coder, "Peru banned protests in the capital on Monday.") == ["1721"]


def test_own_embassy_suspended_is_reduced_relations(coder: Coder) -> None:
    # guide point 7: closing one's mission is 16 (161), not a ban on a group (1722)
    text = "Norway has halted the work of its embassy in Caracas until further notice."
    assert first_dyad(coder, text) == ("SANCTION", "161", "NOR", "VEN")


def test_operations_of_parties_suspended_stay_a_ban(coder: Coder) -> None:
    # near miss: the operations of parties suspended are 1722
    assert code_list(coder, "The junta suspended the operations of two opposition parties.") == [
        "1722"
    ]


def test_joint_patrols_agreed_are_military_cooperation(coder: Coder) -> None:
    # guide point 11: "agreed to" is 03; a joint show of force agreed is 0312, not 153
    text = "Benin and Niger agreed to step up their joint river patrols against fuel smugglers."
    assert first_dyad(coder, text) == ("AGREE", "0312", "BEN", "NER")


def test_one_sides_deployment_agreed_stays_a_deployment(coder: Coder) -> None:
    # near miss: no joint act, the deployment decided stays 15
    text = "Ghana agreed to deploy 500 troops along its border with Burkina Faso."
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "GHA", None)


def test_vow_that_an_offensive_goes_on_is_a_threat(coder: Coder) -> None:
    # guide point 9: force announced is 13 (138), not the bombardment itself (194)
    text = (
        "Somalia's army chief swore the bombardment of al Shabaab camps will continue through "
        "the rainy season."
    )
    assert first_dyad(coder, text) == ("THREATEN", "138", "SOM", "SOM")


def test_vow_that_protests_go_on_is_no_force(coder: Coder) -> None:
    # near miss: protests vowed to go on are no force threatened (not 138)
    text = "Senegal's opposition leader vowed that the protests would continue until the vote."
    assert code_list(coder, text) == ["133"]


def test_sentenced_in_absentia_leaves_the_appeal_after_it(coder: Coder) -> None:
    # guide point 1: "asked X to march" is the appeal (02); the sentence told in a relative
    # clause before it ends at "absentia" and does not take the appeal's "to"
    text = (
        "Omar Haddad, who was sentenced in absentia last year, asked his followers in Algeria "
        "to march on the palace."
    )
    assert code_list(coder, text) == ["020"]


def test_sentenced_in_absentia_to_a_term_stays_a_sentence(coder: Coder) -> None:
    # near miss: the court's sentence passed in absentia is still 173
    text = "A court in Cairo sentenced the party's founder in absentia to ten years in prison."
    assert code_list(coder, text) == ["173"]


def test_men_deported_from_is_no_act_agreed(coder: Coder) -> None:
    # "men expelled from" describes the men (a reduced relative, as "citizens expelled from"):
    # the offer is no threat to expel (131)
    assert first_dyad(coder, "Guyana offered to house thirty men expelled from Suriname.") == (
        "AGREE",
        "030",
        "GUY",
        "SUR",
    )


def test_vow_to_expel_men_stays_governed(coder: Coder) -> None:
    # near miss: the expulsion is what is vowed (an infinitive, no participle after a noun)
    assert code_list(coder, "Honduras vowed to expel four men.") == ["131"]


def test_act_in_a_why_clause_is_asked_about(coder: Coder) -> None:
    # the arrest inside "clarify why police decided to" is what is asked about: the demand is
    # the only act (no 173)
    text = (
        "Student unions in Dhaka demanded that the home minister clarify why police decided "
        "to arrest their leaders."
    )
    assert code_list(coder, text) == ["100"]


def test_act_after_a_question_and_a_saying_is_reported(coder: Coder) -> None:
    # near miss: no "why" or "whether" clause; the arrest said is reported (173)
    text = "Kenya's opposition questioned the police and said they had arrested the wrong men."
    assert code_list(coder, text) == ["173"]


def test_a_vote_described_as_a_pantomime_is_a_naming(coder: Coder) -> None:
    # the judgment is the accusation (111), as "a sham" or "a farce" is
    text = "Togo's exiled opposition described the referendum as a pantomime staged for donors."
    assert code_list(coder, text) == ["111"]


def test_called_upon_to_treat_as_a_threat_is_an_appeal(coder: Coder) -> None:
    # guide point 1: "called upon X to" is 02; no naming (111) read across "upon" to "a threat"
    text = (
        "Residents of Goma called upon the mayor of the city to treat the flooding as a threat "
        "to public health."
    )
    assert first_dyad(coder, text) == ("REQUEST", "020", "COD", "COD")


def test_a_law_called_a_crime_stays_a_naming(coder: Coder) -> None:
    # near miss: no "on", "upon" or "for" after the verb; the naming stands (111)
    text = "Kenya's opposition called the new tax law a crime against the poor."
    assert code_list(coder, text) == ["111"]


def test_joining_the_protesters_is_a_protest(coder: Coder) -> None:
    # guide section 3: taking part in a protest is 14 (141), the demand its content after it
    text = (
        "Two Liberal senators in Ottawa joined the protesters outside parliament and demanded "
        "a vote on the pipeline."
    )
    assert code_list(coder, text)[0] == "141"


def test_joining_the_crowd_of_mourners_is_no_protest_codes_nothing(coder: Coder) -> None:
    # near miss: mourners joined are no protesting crowd (no 141)
    text = "Peru's president joined mourners at the funeral of the two soldiers in Cusco."
    assert code_list(coder, text) == []
