;;; emacs.el --- EnvSense's server in Emacs 28 with eglot (Debian's elpa-eglot), headless.
;; Reads ENVSENSE_ROOT (the repository), ENVSENSE_WS (a folder with a .env) and writes what the editor
;; received to ENVSENSE_RESULT as JSON: diagnostics, completion labels, hover text, code action titles.
; Debian's elpa-eglot and the newer project and xref it needs live in the system package folder,
; which `emacs -Q` does not activate.
(dolist (dir (directory-files "/usr/share/emacs/site-lisp/elpa" t "^[a-z]"))
  (push dir load-path))
(require 'eglot)
(require 'json)
(define-derived-mode dotenv-mode fundamental-mode "Dotenv")
(add-to-list 'auto-mode-alist '("\\.env\\'" . dotenv-mode))
(let* ((root (getenv "ENVSENSE_ROOT"))
       (ws (getenv "ENVSENSE_WS"))
       (result-file (getenv "ENVSENSE_RESULT"))
       (server (expand-file-name "dist/server.js" root))
       (result nil))
  (setq eglot-sync-connect 10)
  (find-file (expand-file-name ".env" ws))
  ;; `eglot-ensure' waits for the command loop, which batch mode has not: connect directly.
  ;; The workspace folder is the project, whether or not it is a repository.
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient ws)))
  (eglot '(dotenv-mode) (project-current) 'eglot-lsp-server `("node" ,server "--stdio") "dotenv")
  (let ((deadline (+ (float-time) 30)))
    (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
      (accept-process-output nil 0.1)))
  (let* ((server (eglot-current-server))
         (doc (eglot--TextDocumentIdentifier))
         (at (lambda (line col) (list :line line :character col))))
    (push (cons 'diagnostics
                (mapcar (lambda (d)
                          (list (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))
                                (cons 'text (flymake-diagnostic-text d))))
                        (flymake-diagnostics)))
          result)
    (let ((completion (jsonrpc-request server :textDocument/completion
                                       (list :textDocument doc :position (funcall at 1 10)))))
      (push (cons 'completion
                  (mapcar (lambda (item) (plist-get item :label))
                          (if (vectorp completion) completion (plist-get completion :items))))
            result))
    (let ((hover (jsonrpc-request server :textDocument/hover
                                  (list :textDocument doc :position (funcall at 1 3)))))
      (push (cons 'hover (plist-get (plist-get hover :contents) :value)) result))
    ;; The quick fixes for the duplicate `A` on line 3, asked as eglot asks them: with the diagnostic.
    (let* ((range (list :start (funcall at 2 0) :end (funcall at 2 1)))
           (diagnostic (list :range range :severity 2 :code "duplicate-key" :source "envsense"
                             :message "A is set again on line 4; the last value wins, so this line has no effect."))
           (actions (jsonrpc-request server :textDocument/codeAction
                                     (list :textDocument doc :range range
                                           :context (list :diagnostics (vector diagnostic))))))
      (push (cons 'actions (mapcar (lambda (a) (plist-get a :title)) actions)) result)))
  (with-temp-file result-file (insert (json-encode result)))
  (kill-emacs 0))
