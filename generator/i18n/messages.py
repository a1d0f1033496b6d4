"""Every fixed word the product prints, in one table: its name and its English text.

The name is the message's context (``msgctxt``) in the catalogues and the key a guide
uses under ``labels:`` to override it; the English text is the ``msgid`` a translator
sees. ``python -m generator.i18n.extract`` writes the catalogue template from here.
"""

from __future__ import annotations

#: The booklet's labels: headings, cover words, the forms' and the handout's words.
LABELS: dict[str, str] = {
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
    # the cover's kicker over the title
    "study_guide": "Study guide",
    # figures and the print options
    "picture_credits": "Picture credits",
    "write_answer": "Write your answer",
    "answer_sheet": "Answer sheet",
    "key_overlay": "Key overlay: print on transparent film and lay it on the answer sheet",
    # the exports' and flashcards' words
    "model_answer": "Model answer",
}

#: Sentences with a slot, by name: ``{…}`` is filled in by the code.
PHRASES: dict[str, str] = {
    "circa": "c. {date}",
    "bce": "{year} BC",
    "range": "{start} – {end}",
    "colon": "{label}: {text}",
    "ask_when": "When did this happen: {title}?",
    "ask_what_on": "What happened on {date}?",
    "ask_what_in": "What happened in {date}?",
    "ask_true_false": "True or false? {question}",
    "level": "{band} marks: {text}",
    "csv_front": "front",
    "csv_back": "back",
    "csv_tags": "tags",
    "anki_model": "Study guide (two-way)",
    "anki_front": "Front",
    "anki_back": "Back",
    "anki_reverse_front": "Reverse front",
    "anki_reverse_back": "Reverse back",
    "anki_forward": "Forward",
    "anki_reverse": "Reverse",
}

#: Counted messages, by name: (singular, plural) in English; ``{n}`` is the count.
COUNTED: dict[str, tuple[str, str]] = {
    "n_marks": ("{n} mark", "{n} marks"),
}
