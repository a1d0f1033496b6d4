"""The booklet's fixed words, in one table.

A guide overrides any of them with ``labels:`` in ``guide.yaml`` (for another
language, or another house style); an unknown label name is a content error.
"""

from __future__ import annotations

DEFAULT_LABELS: dict[str, str] = {
    "contents": "Contents",
    "at_a_glance": "At a glance",
    "objectives": "By the end of this guide you should be able to",
    "key_points": "Key points",
    "section": "Section",
    "timeline": "Timeline",
    "people": "Key people",
    "glossary": "Glossary",
    "faq": "Frequently asked questions",
    "sources": "Sources and further reading",
    "questions": "Check your understanding",
    "answer_key": "Answer key",
    "answer": "Answer",
    "true": "True",
    "false": "False",
    "general_questions": "General",
    "teacher_copy": "Teacher's copy",
    "teacher_note": "Answers and explanations are printed beside each question.",
    "edition": "Edition",
    "audience": "For",
    "page": "Page",
    "form": "Form",
    "answer_keys": "Answer keys",
    "model_answers": "Model answers for the written questions",
    "written": "written",
    "number": "No.",
    "student_name": "Name",
    "student_class": "Class",
    "of": "of",
    # marks and the teaching components
    "mark": "mark",
    "marks": "marks",
    "total_marks": "Total",
    "source": "Source",
    "word_bank": "Word bank",
    "plan": "Plan your answer",
    "mark_scheme": "Mark scheme",
    "indicative": "Indicative content",
    "correct_order": "Correct order",
    "historians_disagree": "Historians disagree",
    "evidence": "Key evidence",
    "your_view": "Your view",
    "primary_sources": "Primary sources",
    "secondary_sources": "Secondary works",
    "taught_in": "Taught in",
    "tested_by": "Tested by questions",
    "not_tested": "not yet tested",
    # figures and the print options
    "picture_credits": "Picture credits",
    "write_answer": "Write your answer",
    "answer_sheet": "Answer sheet",
    "key_overlay": "Key overlay: print on transparent film and lay it on the answer sheet",
}


def merged_labels(overrides: dict[str, str] | None) -> dict[str, str]:
    """The default labels with a guide's overrides applied."""
    return {**DEFAULT_LABELS, **(overrides or {})}
