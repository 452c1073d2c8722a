; One pass over a parsed file collects every node the analysis reads.
; Captures come back in document order, which the scope builder relies on.
(function_definition) @function
(class_definition) @class
(call) @call
(assignment) @assignment
(import_statement) @import
(import_from_statement) @import
(future_import_statement) @future
(with_item) @with_item
(return_statement) @return
(for_statement) @loop
(while_statement) @loop
(with_statement) @with
