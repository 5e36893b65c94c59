-- Drives EnvSense's language server from Neovim (0.7+) as a user's editor would, and writes what
-- Neovim received to $ENVSENSE_RESULT as JSON. Run by test/e2e/neovim.mjs.
local root = os.getenv('ENVSENSE_ROOT')
local workspace = os.getenv('ENVSENSE_WS')
local result_file = os.getenv('ENVSENSE_RESULT')
local result = {}

local function finish()
  local file = io.open(result_file, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local client_id = vim.lsp.start_client({
  name = 'envsense',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = workspace,
})
vim.cmd('edit ' .. workspace .. '/.env')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local uri = vim.uri_from_bufnr(buf)

result.diagnosed = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, { line = d.lnum + 1, code = code, message = d.message })
end

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
  return vim.NIL
end

local completion = request('textDocument/completion', { textDocument = { uri = uri }, position = { line = 1, character = 10 } })
result.completion = {}
for _, item in ipairs(completion.items or completion) do table.insert(result.completion, item.label) end

local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = 1, character = 3 } })
result.hover = hover ~= vim.NIL and hover.contents.value or ''

local symbols = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
result.symbols = {}
for _, symbol in ipairs(symbols) do table.insert(result.symbols, symbol.name) end

-- Navigation in a family of its own (nav/.env and nav/.env.local): definition from ${HOST}, then a
-- rename applied as Neovim applies it, to both files.
vim.cmd('edit ' .. workspace .. '/nav/.env')
buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local nav_uri = vim.uri_from_bufnr(buf)

local function place(location)
  return vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t') .. ' ' .. (location.range.start.line + 1) .. ':' .. (location.range.start.character + 1)
end

local from_reference = request('textDocument/definition', { textDocument = { uri = nav_uri }, position = { line = 1, character = 13 } })
local from_key = request('textDocument/definition', { textDocument = { uri = nav_uri }, position = { line = 0, character = 1 } })
result.definition = { reference = {}, key = {} }
for _, location in ipairs(from_reference) do table.insert(result.definition.reference, place(location)) end
for _, location in ipairs(from_key) do table.insert(result.definition.key, place(location)) end

local edit = request('textDocument/rename', { textDocument = { uri = nav_uri }, position = { line = 0, character = 1 }, newName = 'SERVER_HOST' })
vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
result.renamed = {}
for _, name in ipairs({ '.env', '.env.local' }) do
  local edited = vim.fn.bufnr(workspace .. '/nav/' .. name)
  result.renamed[name] = table.concat(vim.api.nvim_buf_get_lines(edited, 0, -1, false), '\n')
end

finish()
