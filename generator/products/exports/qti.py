"""QTI 1.2 for Canvas, Blackboard, D2L and Sakai: a zip with ``imsmanifest.xml``.

Why 1.2 and not the current 2.1/3.0: Canvas's quiz import ("QTI .zip file")
reads QTI 1.2 packages, as Canvas itself exports them; Blackboard, D2L and
Sakai import the same version. QTI 2.1/3.0 items reach fewer of the
platforms teachers actually have. The assessment follows the IMS QTI ASI 1.2
schema (namespace ``ims_qtiasiv1p2``) and carries Canvas's ``question_type``
and ``points_possible`` metadata fields, which other platforms ignore; the
manifest follows IMS Content Packaging 1.1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

from generator.content.model import Guide, MultipleChoice, ShortAnswer, TrueFalse
from generator.content.teaching import Cloze, Essay, Matching, SourceQuestion
from generator.products.exports.common import (
    Item,
    LeftOut,
    carriable_tree,
    dispatch,
    essay_guidance,
    fixed_zip,
    model_answer,
    paragraphs,
    part_label,
    question_of,
    source_part_html,
    unique_keys,
)
from generator.products.ids import stable_id

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

UNSUPPORTED = {
    "sequencing": (
        "QTI 1.2 as Canvas, Blackboard and D2L import it has no ordering question "
        "(Canvas Classic Quizzes offer none); the Anki deck and the printed booklet carry it"
    ),
}


def qti_package(
    guide: Guide, item_list: list[Item]
) -> tuple[bytes, list[tuple[Item, list[ET.Element]]], list[LeftOut]]:
    """The zip (manifest and assessment), the questions written as their items and the questions left out."""
    assessment, written, left_out = qti_assessment(guide, item_list)
    folder = guide.slug
    manifest = qti_manifest(guide, f"{folder}/{folder}.xml")
    return fixed_zip([("imsmanifest.xml", manifest), (f"{folder}/{folder}.xml", assessment)]), written, left_out


def qti_assessment(
    guide: Guide, item_list: list[Item]
) -> tuple[bytes, list[tuple[Item, list[ET.Element]]], list[LeftOut]]:
    """The ``questestinterop`` document on its own."""
    ET.register_namespace("", QTI_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(
        _q("questestinterop"),
        {f"{{{XSI_NS}}}schemaLocation": f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"},
    )
    assessment = ET.SubElement(root, _q("assessment"), ident=_ident(guide.slug), title=guide.meta.title)
    _metadata(ET.SubElement(assessment, _q("qtimetadata")), {"cc_maxattempts": "1"})
    section = ET.SubElement(assessment, _q("section"), ident="root_section")
    written, left_out = dispatch(item_list, WRITERS, UNSUPPORTED)
    for _item, elements in written:
        section.extend(elements)
    _unique_idents(section)
    ET.indent(carriable_tree(root))
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + bytes(ET.tostring(root, encoding="utf-8")) + b"\n"
    return data, written, left_out


def qti_manifest(guide: Guide, href: str) -> bytes:
    """``imsmanifest.xml``: one resource, the assessment file."""
    ET.register_namespace("", CP_NS)
    ET.register_namespace("xsi", XSI_NS)
    manifest = ET.Element(
        f"{{{CP_NS}}}manifest",
        {
            "identifier": _ident("manifest", guide.slug),
            f"{{{XSI_NS}}}schemaLocation": f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
        },
    )
    metadata = ET.SubElement(manifest, f"{{{CP_NS}}}metadata")
    ET.SubElement(metadata, f"{{{CP_NS}}}schema").text = "IMS Content"
    ET.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.1.3"
    ET.SubElement(manifest, f"{{{CP_NS}}}organizations")
    resources = ET.SubElement(manifest, f"{{{CP_NS}}}resources")
    resource = ET.SubElement(
        resources, f"{{{CP_NS}}}resource", identifier=_ident(guide.slug), type="imsqti_xmlv1p2", href=href
    )
    ET.SubElement(resource, f"{{{CP_NS}}}file", href=href)
    ET.indent(carriable_tree(manifest))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + bytes(ET.tostring(manifest, encoding="utf-8")) + b"\n"


def _unique_idents(section: ET.Element) -> None:
    """Items worded alike get idents of their own: the second is the first's ident and its place."""
    elements = section.findall(_q("item"))
    for element, ident in zip(elements, unique_keys([e.get("ident", "") for e in elements]), strict=True):
        if ident != element.get("ident"):
            element.set("ident", _ident(ident))


def _q(tag: str) -> str:
    return f"{{{QTI_NS}}}{tag}"


def _ident(*parts: object) -> str:
    # An XML name: a letter first. Canvas keeps these ids, so a re-import matches the same items.
    return "g" + stable_id(*parts)[:32]


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    for label, entry in fields.items():
        field = ET.SubElement(parent, _q("qtimetadatafield"))
        ET.SubElement(field, _q("fieldlabel")).text = label
        ET.SubElement(field, _q("fieldentry")).text = entry


def _material(parent: ET.Element, text: str, html_text: bool = True) -> ET.Element:
    material = ET.SubElement(parent, _q("material"))
    mattext = ET.SubElement(material, _q("mattext"), texttype="text/html" if html_text else "text/plain")
    mattext.text = text
    return material


def _item(item: Item, kind: str, suffix: str = "", marks: int | None = None) -> tuple[ET.Element, ET.Element]:
    element = ET.Element(_q("item"), ident=_ident(item.kind, item.question.question, suffix), title=item.name + suffix)
    metadata = ET.SubElement(ET.SubElement(element, _q("itemmetadata")), _q("qtimetadata"))
    _metadata(metadata, {"question_type": kind, "points_possible": str(marks if marks is not None else item.marks)})
    return element, ET.SubElement(element, _q("presentation"))


def _scoring(element: ET.Element) -> ET.Element:
    processing = ET.SubElement(element, _q("resprocessing"))
    outcomes = ET.SubElement(processing, _q("outcomes"))
    ET.SubElement(outcomes, _q("decvar"), maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    return processing


def _award(processing: ET.Element, respident: str, label: str, score: str, action: str = "Set") -> None:
    condition = ET.SubElement(processing, _q("respcondition"), {"continue": "No" if action == "Set" else "Yes"})
    ET.SubElement(ET.SubElement(condition, _q("conditionvar")), _q("varequal"), respident=respident).text = label
    ET.SubElement(condition, _q("setvar"), action=action, varname="SCORE").text = score


def _feedback(element: ET.Element, text: str) -> None:
    if text:
        feedback = ET.SubElement(element, _q("itemfeedback"), ident="general_fb")
        _material(ET.SubElement(feedback, _q("flow_mat")), paragraphs(text))


def _choice_item(item: Item, kind: str, choices: list[str], answer: str) -> list[ET.Element]:
    element, presentation = _item(item, kind)
    _material(presentation, paragraphs(item.question.question))
    response = ET.SubElement(presentation, _q("response_lid"), ident="response1", rcardinality="Single")
    render = ET.SubElement(response, _q("render_choice"))
    for index, choice in enumerate(choices):
        label = ET.SubElement(render, _q("response_label"), ident=f"c{index + 1}")
        _material(label, choice, html_text=False)
    _award(_scoring(element), "response1", f"c{choices.index(answer) + 1}", "100")
    _feedback(element, item.question.explanation or "")
    return [element]


def _multiple_choice(item: Item) -> list[ET.Element]:
    q = question_of(item, MultipleChoice)
    return _choice_item(item, "multiple_choice_question", list(q.choices), q.answer)


def _true_false(item: Item) -> list[ET.Element]:
    words = [item.labels["true"], item.labels["false"]]
    answer = words[0] if question_of(item, TrueFalse).answer else words[1]
    return _choice_item(item, "true_false_question", words, answer)


def _essay_item(item: Item, text_html: str, guidance: str, suffix: str = "", marks: int | None = None) -> ET.Element:
    element, presentation = _item(item, "essay_question", suffix, marks)
    _material(presentation, text_html)
    response = ET.SubElement(presentation, _q("response_str"), ident="response1", rcardinality="Single")
    ET.SubElement(ET.SubElement(response, _q("render_fib")), _q("response_label"), ident="answer1", rshuffle="No")
    condition = ET.SubElement(_scoring(element), _q("respcondition"), {"continue": "No"})
    ET.SubElement(ET.SubElement(condition, _q("conditionvar")), _q("other"))
    _feedback(element, guidance)
    return element


def _short_answer(item: Item) -> list[ET.Element]:
    q = question_of(item, ShortAnswer)
    return [_essay_item(item, paragraphs(q.question), model_answer(q.answer, item.labels))]


def _essay(item: Item) -> list[ET.Element]:
    q = question_of(item, Essay)
    return [_essay_item(item, paragraphs(q.question), essay_guidance(q, item.labels))]


def _source(item: Item) -> list[ET.Element]:
    question_of(item, SourceQuestion)
    elements = []
    for index, (letter, part) in enumerate(item.numbered.parts):
        guidance = model_answer(part.answer, item.labels)
        elements.append(_essay_item(item, source_part_html(item, index), guidance, part_label(letter), part.marks))
    return elements


def _matching(item: Item) -> list[ET.Element]:
    # Canvas's matching question: one response_lid per left-hand item, every right-hand text a choice.
    q = question_of(item, Matching)
    element, presentation = _item(item, "matching_question")
    _material(presentation, paragraphs(q.question))
    share = f"{100 / len(q.pairs):.2f}"
    answers = []
    for index, pair in enumerate(q.pairs):
        response = ET.SubElement(presentation, _q("response_lid"), ident=f"response_{index + 1}")
        _material(response, pair.left, html_text=False)
        render = ET.SubElement(response, _q("render_choice"))
        for other, candidate in enumerate(q.pairs):
            choice = ET.SubElement(render, _q("response_label"), ident=f"m{other + 1}")
            _material(choice, candidate.right, html_text=False)
        answers.append((f"response_{index + 1}", f"m{index + 1}"))
    processing = _scoring(element)
    for respident, label in answers:
        _award(processing, respident, label, share, action="Add")
    _feedback(element, q.explanation or "")
    return [element]


def _cloze(item: Item) -> list[ET.Element]:
    # Canvas's "fill in multiple blanks": [blankN] in the text, each blank a response_lid whose
    # labels are the words accepted there.
    q = question_of(item, Cloze)
    text = "".join(piece if blank is None else f"[blank{blank}]" for piece, blank in item.numbered.gaps)
    element, presentation = _item(item, "fill_in_multiple_blanks_question")
    bank = ", ".join(item.numbered.word_bank)
    _material(presentation, paragraphs(f"{q.question}\n{text}\n{item.labels.labelled('word_bank', bank)}"))
    processing_rows = []
    for number, answer in enumerate(q.blanks, start=1):
        response = ET.SubElement(presentation, _q("response_lid"), ident=f"response_blank{number}")
        _material(response, f"blank{number}", html_text=False)
        render = ET.SubElement(response, _q("render_choice"))
        accepted = ET.SubElement(render, _q("response_label"), ident=f"b{number}")
        _material(accepted, answer, html_text=False)
        processing_rows.append((f"response_blank{number}", f"b{number}"))
    processing = _scoring(element)
    share = f"{100 / len(processing_rows):.2f}"
    for respident, label in processing_rows:
        _award(processing, respident, label, share, action="Add")
    _feedback(element, q.explanation or "")
    return [element]


WRITERS: dict[str, Callable[[Item], list[ET.Element]]] = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _essay,
    "source": _source,
    "matching": _matching,
    "cloze": _cloze,
}
