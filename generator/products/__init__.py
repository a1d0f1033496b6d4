"""Stage three: what a guide is turned into besides the booklet itself: the folded
booklet (imposition), the one-sheet handout and the flashcards."""
