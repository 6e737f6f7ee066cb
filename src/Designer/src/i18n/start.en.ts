/** English texts of starting a workflow (the workflow list, the running workflows). */
export const startEn = {
  start: 'Start', startOne: 'Start workflow {{name}}', startNew: 'Start a workflow', title: 'Start a workflow',
  definition: 'Workflow', choose: '— Choose a published workflow —', noPublished: 'No workflow is published yet.',
  version: 'Published version: v{{version}}', noInputs: 'This workflow takes no input.', inputs: 'Input',
  reference: 'Reference (optional)', referenceHint: 'A document number or plan code, for instance; shown beside the workflow in the list of running workflows.',
  day: 'Day', month: 'Month', chooseKind: '— Choose a kind —',
  unitQueryHint: 'One of: children:<unit code> (the units directly under it), descendants:<unit code> (every unit below it), kind:<Kind>[@<unit code>] (units of a kind), or unit codes separated by commas.',
  jsonHint: 'Written as JSON, e.g. ["SYT", "SGDDT"].', ruleMeans: 'That is: {{rule}}.',
  notPublished: 'This workflow has no published version.',
  submit: 'Start', starting: 'Starting…', fixFields: 'Please correct the marked fields.',
  problems: { required: 'Enter a value.', number: 'Enter a number.', json: 'This is not valid JSON.' },
};
