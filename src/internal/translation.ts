/**
 * Interface text of the library, one typed object per locale in `src/translations/`. Course
 * content never goes here: it comes from authors or from `src/content/`.
 */
export interface Translation {
  /** BCP 47 code of the locale. */
  $code: string;
  /** The language's own name, for pickers. */
  $name: string;
  /** Heading above the in-place message shown when an author's markup has a mistake. */
  authorError: string;
  /** Visually hidden label before a lesson's duration. */
  estimatedTime: string;
  /** Label of the button that marks a lesson done. */
  markComplete: string;
  /** Label of the smaller button, beside a done lesson's status, that takes the lesson back out of progress. */
  markNotComplete: string;
  /** Badge shown once a lesson is done. */
  completed: string;
  /** Label of the "content note" box shown before distressing material. */
  contentNote: string;
  /** Heading of a lesson's key points. */
  keyPoints: string;
  /** Text of a lesson's "Learn more" link. */
  learnMore: string;
  /** Visually hidden label before the attribution of a lesson's material. */
  source: string;

  // Reflection prompt
  /** Label of the reflection field when the author gave no prompt. */
  reflectionLabel: string;
  /** Lead-in before the author's guiding questions. */
  reflectionHints: string;
  /** Character counter while the text is within `max-length`. */
  reflectionCharactersLeft: (n: number) => string;
  /** Character counter when the text is longer than `max-length` (restored from an earlier save). */
  reflectionCharactersOver: (n: number) => string;
  /** Nudge while the text is shorter than `min-length`; never a block. */
  reflectionMinLength: (n: number) => string;
  /** Label of the checkbox that keeps the reflection on this device. */
  reflectionKeep: string;
  /** Note under that checkbox: only in this browser, who could read it, how to delete it. */
  reflectionKeepNote: string;
  /** Save status while the text is only on this page. */
  reflectionPrivate: string;
  /** Save status while a save waits for the learner to pause typing. */
  reflectionSaving: string;
  /** Save status once stored; `when` is a time, or a date and time, already formatted. */
  reflectionSaved: (when: string) => string;
  /** Save status once stored, for a text restored from a device whose clock was wrong: it has no time to show. */
  reflectionSavedUndated: string;
  /** Save status when the device refused to store the text. Must point to the Download button. */
  reflectionSaveFailed: string;
  /** Status after the learner unticks "Keep on this device". */
  reflectionUnkept: string;
  /** Status after the learner deletes the reflection. */
  reflectionDeleted: string;
  /** Status when the learner deleted or unticked but the browser refused access to its storage: a copy may remain. Says how to remove it. */
  reflectionDeleteFailed: string;
  /** Note when a reflection stored earlier could not be read and was kept aside. */
  reflectionUnreadable: string;
  /** Two copies changed a reflection at once; the text not shown was kept aside on the device. */
  reflectionSetAside: string;
  /** Button that downloads the reflection as a text file. */
  reflectionDownload: string;
  /** Button that asks to delete the reflection. */
  reflectionDelete: string;
  /** Question asked in place before deleting. */
  reflectionDeleteConfirm: string;
  /** Button that confirms the deletion. */
  reflectionDeleteYes: string;
  /** Button that keeps the reflection. */
  reflectionDeleteNo: string;
  /** Button that marks the reflection complete. */
  reflectionDone: string;
  /**
   * The Done button of an `optional` reflection while nothing is written: a kind choice to move on,
   * never a failure or a warning.
   */
  reflectionSkip: string;
  /** Shown when the learner presses Done with nothing written. */
  reflectionNeedsText: string;
  /** Accessible name of the support note. */
  reflectionSupport: string;
  /** Support note shown when the author gave none. Calm, never alarming. */
  reflectionSupportDefault: string;
  /** Text of the support link when the author gave `support-href` without `support-label`. */
  reflectionSupportLink: string;
  /** Visually hidden after a link that opens in a new tab. */
  reflectionNewTab: string;

  // Quiz
  /** Accessible name of a quiz that has no `heading`. */
  quiz: string;
  /** Position of a question among the quiz's questions, e.g. "Question 2 of 5". */
  questionOf: (n: number, total: number) => string;
  /** Hint under a question that takes several answers. */
  chooseAll: string;
  /** Button that checks the learner's answer to one question. */
  check: string;
  /** Error tied to a question when the learner presses Check with nothing chosen. */
  chooseFirst: string;
  /** Verdict after Check: the answer is right. */
  correct: string;
  /** Verdict after Check: part of the answer is right (partial scoring). */
  partlyCorrect: string;
  /** Verdict after Check: the answer is wrong. Kind, never blaming: learners may be in distress. */
  notQuite: string;
  /** Marker beside each right choice once a question is checked, and in the review. */
  correctAnswer: string;
  /** Marker beside the learner's own choices once a question is checked, and in the review. */
  yourAnswer: string;
  /** Generated choice of a true-false question. */
  trueChoice: string;
  /** Generated choice of a true-false question. */
  falseChoice: string;
  /** Button to the previous question of a paged quiz. */
  previous: string;
  /** Button to the next question of a paged quiz. */
  next: string;
  /** Button that shows the result of a paged quiz. */
  seeResult: string;
  /** Announced when the learner asks for the result while question `n` is unanswered. */
  stillToAnswer: (n: number) => string;
  /** Announced after each Check: how many questions are answered. */
  answeredOf: (n: number, total: number) => string;
  /** Announced once every question is answered. */
  allAnswered: string;
  /** Heading of the quiz result. */
  resultHeading: string;
  /** The score line of the result; `percent` is from 0 to 100. */
  scoreSummary: (score: number, maxScore: number, percent: number) => string;
  /** Result line when the pass mark (a percentage, 0 to 100) is reached. */
  passed: (passMark: number) => string;
  /** Result line when the pass mark (a percentage, 0 to 100) is not reached. Kind. */
  notPassed: (passMark: number) => string;
  /** Heading of the review of every question in the result. */
  reviewHeading: string;
  /** Button that starts a new attempt at the quiz (also retries loading a quiz file). */
  tryAgain: string;
  /** How many more attempts the learner has. */
  attemptsLeft: (n: number) => string;
  /** Shown instead of "Try again" once every allowed attempt is used. */
  noAttemptsLeft: string;
  /** Shown while the quiz file named by `src` loads. */
  loading: string;
  /** Shown to the learner when the quiz file cannot be loaded. */
  loadFailed: string;
  /** Shown to the learner when `src` is an address no quiz file can come from: no "Try again". */
  unavailable: string;
  /** Shown to the learner when the quiz has no usable question. */
  noQuestions: string;
  /** Shown when answers cannot be stored on the device (they still work on the page). */
  notSaved: string;

  // Five reasons carousel
  /** Spoken role of the carousel (`aria-roledescription`), lower case: "carousel". */
  carousel: string;
  /** Spoken role of one slide (`aria-roledescription`), lower case: "slide". */
  slide: string;
  /** Accessible name of a carousel that has no heading. */
  slides: string;
  /** Accessible name of the slide picker (the tab list). */
  chooseSlide: string;
  /** Accessible name of a slide: its position, the number of slides and its heading (may be empty). */
  slideLabel: (position: number, count: number, heading: string) => string;
  /** Accessible name of a slide's tab in the picker: its position and heading (may be empty). */
  goToSlide: (position: number, heading: string) => string;
  /** Button that shows the previous slide. */
  previousSlide: string;
  /** Button that shows the next slide. */
  nextSlide: string;
  /** Rotation button while the slides do not rotate (WAI-ARIA carousel wording). */
  startRotation: string;
  /** Rotation button while the slides rotate (WAI-ARIA carousel wording). */
  stopRotation: string;
  /** Toggle button that shows every slide as a list (pressed) or as a carousel (not pressed). */
  viewAsList: string;
  /** Shown while the built-in slides load. */
  loadingSlides: string;
  /** Shown to the learner when the built-in slides cannot be loaded. */
  slidesFailed: string;

  // Course
  /** Accessible name of a course that has no title. */
  course: string;
  /** Accessible name of the course's progress bar. */
  courseProgressLabel: string;
  /** How many activities are complete, e.g. "3 of 9 activities". */
  courseProgress: (n: number, total: number) => string;
  /** Summary of the disclosure that lists the activities (and lets the learner jump to one). */
  courseActivities: string;
  /** Visually hidden after an activity of the list that is not complete yet. */
  courseNotCompleted: string;
  /** Title of an activity that has none, from its position in the course (1-based). */
  courseActivityNumber: (n: number) => string;
  /** Button that takes the learner to the first activity not complete yet. */
  courseContinue: string;
  /** Shown while the built-in course loads. */
  courseLoading: string;
  /** Shown when the built-in course cannot be loaded; "Try again" follows. */
  courseLoadFailed: string;
  /** Note when progress saved earlier could not be read, so the course starts from the beginning. */
  courseProgressUnreadable: string;
  /** Note when progress cannot be stored on the device (it lasts while the page is open). */
  courseNotSaved: string;
  /** Heading of the closing panel of an author's course. */
  courseCompleteHeading: string;
  /** Line of the closing panel: every activity is complete. */
  courseCompleteSummary: (total: number) => string;
  /** Announced when the learner completes the last activity. */
  courseCompleteAnnouncement: string;
  /** Closing panel, after the quiz score: the learner used every attempt without reaching the pass mark. */
  courseQuizNotPassed: string;
  /** Button that prints a record of the course. */
  coursePrint: string;
  /** Checkbox beside it: the printed record includes the learner's reflections (unticked by default). */
  coursePrintReflections: string;
  /** Button that asks to start the course again. */
  courseStartOver: string;
  /** Question asked in place before starting over. */
  courseStartOverConfirm: string;
  /** Checkbox in that question: erase the reflections too (unticked by default). */
  courseStartOverReflections: string;
  /** Button that confirms starting over. */
  courseStartOverYes: string;
  /** Button that keeps the progress. */
  courseStartOverNo: string;
  /** Announced after starting over. */
  courseStartedOver: string;
  /** The course's help: its header link, and the button that shows it from an activity. */
  courseHelp: string;
  /** The completion note's button, under the last activity: brings the closing panel (the record) into view. */
  courseSeeRecord: string;
  /** The link to the K-par-Cas 2 toolkit in the closing panel, when the partner sets `toolkit-href`. */
  courseToolkitLink: string;
}
