"""Issue 14, part 2: anyone who can open the admin cannot be made a family member."""

import pytest
from django.core.exceptions import ValidationError

from cms.guidance.groups import NATIONAL_EDITORS
from portal.authorities.services import editor_group_name, moderator_group_name
from portal.cases.models import Participant
from portal.cases.services import participant_add
from portal.demo import builders

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["editors of B", "moderators of A", "national editors"])
def test_an_account_that_reaches_the_admin_through_a_group_cannot_join_a_case(world, group, mailoutbox):
    group_name = {
        "editors of B": editor_group_name(world.authority_b),
        "moderators of A": moderator_group_name(world.authority_a),
        "national editors": NATIONAL_EDITORS,
    }[group]
    builders.user_get_or_build(email="reaches.admin@example.org", groups=[group_name])
    with pytest.raises(ValidationError) as refused:
        participant_add(
            case=world.a1, email="Reaches.Admin@example.org", first_name="Kim", role="parent", added_by=world.wa
        )
    # The same words as for any other address that cannot be used: nothing about what kind of account.
    assert "cannot be used for a family member" in str(refused.value)
    assert not Participant.objects.filter(case=world.a1, user__email="reaches.admin@example.org").exists()
    assert mailoutbox == []
