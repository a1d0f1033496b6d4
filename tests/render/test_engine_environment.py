"""The typesetter's fonts-only configuration stays inside this process: a program the
product starts (the user's web browser, from the studio) gets the user's own."""

import os
import subprocess
import sys

from generator.render.engine import environment_for_other_programs
from generator.resources import TEMPLATES


def test_the_fonts_only_configuration_is_this_process_s_alone():
    ours = str(TEMPLATES / "fonts" / "fonts.conf")
    assert os.environ["FONTCONFIG_FILE"] == ours  # the typesetter's, once the engine is loaded
    assert environment_for_other_programs().get("FONTCONFIG_FILE") != ours


def test_a_configuration_the_user_had_is_given_back_to_other_programs(tmp_path):
    theirs = str(tmp_path / "fonts.conf")
    code = (
        "from generator.render.engine import environment_for_other_programs as e; "
        "import os; print(os.environ['FONTCONFIG_FILE'] != e()['FONTCONFIG_FILE'], e()['FONTCONFIG_FILE'])"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "FONTCONFIG_FILE": theirs},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert shown == ["True", theirs]
