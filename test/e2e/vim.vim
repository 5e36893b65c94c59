" EnvSense's server in Vim 9 with ALE (Debian's vim-nox and vim-ale), run by test/e2e/vim.mjs: diagnostics
" through ALE's own LSP linter, then completion, hover and a code action on ALE's connection to the
" server. Reads ENVSENSE_ROOT and ENVSENSE_WS and writes what Vim received to ENVSENSE_RESULT as JSON.
set nocompatible
let &runtimepath = '/usr/share/vim-ale,' . &runtimepath
filetype plugin on
let g:ale_enabled = 1
let g:ale_lint_on_enter = 1
let g:ale_linters = {'dotenv': ['envsense']}
call ale#linter#Define('dotenv', {
\   'name': 'envsense',
\   'lsp': 'stdio',
\   'executable': 'node',
\   'command': 'node ' . $ENVSENSE_ROOT . '/dist/server.js --stdio',
\   'project_root': $ENVSENSE_WS,
\})
runtime plugin/ale.vim
execute 'edit ' . $ENVSENSE_WS . '/.env'
set filetype=dotenv
ALELint
let s:deadline = reltime()
while empty(ale#engine#GetLoclist(bufnr(''))) && reltimefloat(reltime(s:deadline)) < 20
  sleep 100m
endwhile
let s:result = {'diagnostics': map(copy(ale#engine#GetLoclist(bufnr(''))), {_, d -> {'line': d.lnum, 'code': get(d, 'code', ''), 'text': d.text}})}

" Completion, hover and a code action, sent on ALE's own connection to the server, answers kept by id.
let s:answers = {}
function! s:OnMessage(conn_id, response) abort
  if has_key(a:response, 'id') && has_key(a:response, 'result')
    let s:answers[a:response.id] = a:response.result
  endif
endfunction
function! s:OnReady(linter, details) abort
  let s:conn = a:details.connection_id
endfunction
let s:linter = ale#linter#Get('dotenv')[0]
call ale#lsp_linter#StartLSP(bufnr(''), s:linter, function('s:OnReady'))
let s:deadline = reltime()
while !exists('s:conn') && reltimefloat(reltime(s:deadline)) < 10
  sleep 50m
endwhile
call ale#lsp#RegisterCallback(s:conn, function('s:OnMessage'))
let s:ids = {}
let s:ids.completion = ale#lsp#Send(s:conn, ale#lsp#message#Completion(bufnr(''), 2, 11, ''))
let s:ids.hover = ale#lsp#Send(s:conn, ale#lsp#message#Hover(bufnr(''), 2, 3))
let s:diagnostic = {'range': {'start': {'line': 2, 'character': 0}, 'end': {'line': 2, 'character': 1}}, 'severity': 2, 'code': 'duplicate-key', 'source': 'envsense', 'message': 'A is set again on line 4; the last value wins, so this line has no effect.'}
let s:ids.actions = ale#lsp#Send(s:conn, ale#lsp#message#CodeAction(bufnr(''), 3, 1, 3, 1, [s:diagnostic]))
let s:deadline = reltime()
while len(filter(values(s:ids), {_, id -> has_key(s:answers, id)})) < 3 && reltimefloat(reltime(s:deadline)) < 20
  sleep 50m
endwhile
let s:completion = get(s:answers, s:ids.completion, [])
let s:result.completion = map(copy(type(s:completion) == v:t_dict ? s:completion.items : s:completion), {_, item -> item.label})
let s:result.hover = get(get(s:answers, s:ids.hover, {}), 'contents', {'value': ''}).value
let s:result.actions = map(copy(get(s:answers, s:ids.actions, [])), {_, action -> action.title})
call writefile([json_encode(s:result)], $ENVSENSE_RESULT)
qa!
