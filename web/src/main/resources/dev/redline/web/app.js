'use strict';
// The page of redline serve: uploads drafts, follows the work, shows the report in place.
(() => {
  const $ = id => document.getElementById(id);
  let current = null;
  let chosen = [];

  function show(element, visible) { element.hidden = !visible; }

  function error(message) {
    $('error').textContent = message || '';
    show($('error'), !!message);
  }

  async function answer(response) {
    if (!response.ok) {
      throw new Error((await response.text()).trim() || ('HTTP ' + response.status));
    }
    return response.json();
  }

  async function loadProjects() {
    const data = await answer(await fetch('/api/projects'));
    const list = $('projects');
    list.replaceChildren();
    for (const p of data.projects) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'project' + (current === p.id ? ' current' : '');
      button.dataset.project = p.id;
      button.textContent = p.name + ' (' + p.drafts.length + ' drafts)';
      button.addEventListener('click', () => openProject(p.id));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  function listChosen() {
    const list = $('chosen-drafts');
    list.replaceChildren();
    for (const f of chosen) {
      const item = document.createElement('li');
      item.textContent = f.name;
      list.appendChild(item);
    }
  }

  async function follow(job) {
    show($('progress'), true);
    show($('report'), false);
    error('');
    for (;;) {
      const state = await answer(await fetch('/api/jobs/' + job));
      $('stage').textContent = state.stage;
      if (state.total > 0) {
        $('bar').max = state.total;
        $('bar').value = state.done;
      } else {
        $('bar').removeAttribute('value');
      }
      if (state.finished) {
        show($('progress'), false);
        if (state.error) {
          error(state.error);
          return null;
        }
        return state.project;
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }

  async function showProject(id) {
    const p = await answer(await fetch('/api/projects/' + id));
    current = p.id;
    show($('start'), false);
    show($('project'), true);
    $('project-title').textContent = p.name;
    const drafts = $('project-drafts');
    drafts.replaceChildren();
    for (const d of p.drafts) {
      const item = document.createElement('li');
      item.textContent = d.revision ? d.revision + ' (' + d.name + ')' : d.name;
      drafts.appendChild(item);
    }
    $('project-demands').textContent = p.demands ? 'Demands: ' + p.demands : 'No demands file.';
    const warnings = $('warnings');
    warnings.replaceChildren();
    for (const w of p.warnings) {
      const item = document.createElement('li');
      item.textContent = 'Warning: ' + w;
      warnings.appendChild(item);
    }
    const downloads = $('downloads');
    downloads.replaceChildren(document.createTextNode('Download: '));
    const words = {'redline.docx': 'Word redline', 'printable.docx': 'printable redline', 'comparison.json': 'JSON', 'tracker.xlsx': 'tracker (XLSX)'};
    for (const file of p.downloads) {
      const link = document.createElement('a');
      link.href = '/projects/' + p.id + '/' + file;
      link.textContent = words[file] || file;
      link.dataset.download = file;
      link.setAttribute('download', '');
      downloads.appendChild(link);
    }
    $('report').src = '/projects/' + p.id + '/report.html';
    show($('report'), true);
    await loadProjects();
  }

  async function openProject(id) {
    error('');
    const p = await answer(await fetch('/api/projects/' + id));
    if (p.ready) {
      await showProject(id);
      return;
    }
    const started = await answer(await fetch('/api/projects/' + id + '/open', {method: 'POST'}));
    const done = await follow(started.job);
    if (done) {
      await showProject(done);
    }
  }

  async function send(url, form) {
    try {
      const started = await answer(await fetch(url, {method: 'POST', body: form}));
      const project = await follow(started.job);
      if (project) {
        await showProject(project);
      } else if (current !== null) {
        await showProject(current);
      }
    } catch (e) {
      show($('progress'), false);
      error(e.message);
    }
  }

  $('drafts').addEventListener('change', () => { chosen = [...$('drafts').files]; listChosen(); });

  for (const [zone, input] of [['drop-drafts', 'drafts'], ['drop-demands', 'demands']]) {
    const area = $(zone);
    area.addEventListener('dragover', e => { e.preventDefault(); area.classList.add('over'); });
    area.addEventListener('dragleave', () => area.classList.remove('over'));
    area.addEventListener('drop', e => {
      e.preventDefault();
      area.classList.remove('over');
      if (input === 'drafts') {
        chosen = chosen.concat([...e.dataTransfer.files]);
        listChosen();
      } else {
        $('demands').files = e.dataTransfer.files;
      }
    });
  }

  $('upload-form').addEventListener('submit', e => {
    e.preventDefault();
    const form = new FormData();
    form.append('name', $('project-name').value);
    for (const f of chosen) {
      form.append('drafts', f, f.name);
    }
    if ($('demands').files.length > 0) {
      form.append('demands', $('demands').files[0], $('demands').files[0].name);
    }
    if (chosen.length < 2) {
      error('Give at least two drafts, oldest first.');
      return;
    }
    send('/api/projects', form);
  });

  $('add-form').addEventListener('submit', e => {
    e.preventDefault();
    const form = new FormData();
    form.append('where', $('add-where').value);
    for (const f of $('add-drafts').files) {
      form.append('drafts', f, f.name);
    }
    if ($('add-demands').files.length > 0) {
      form.append('demands', $('add-demands').files[0], $('add-demands').files[0].name);
    }
    $('add-form').reset();
    send('/api/projects/' + current, form);
  });

  $('new-project').addEventListener('click', () => {
    current = null;
    chosen = [];
    listChosen();
    $('upload-form').reset();
    show($('project'), false);
    show($('report'), false);
    show($('start'), true);
    error('');
    loadProjects().catch(e => error(e.message));
  });

  loadProjects().then(() => { document.body.dataset.ready = 'true'; }).catch(e => error(e.message));
})();
