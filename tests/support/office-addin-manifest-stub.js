// Stands in for office-addin-manifest in jest: the real package pulls in an ESM-only dependency that jest's CommonJS
// runtime cannot require, and office-addin-mock only reads the OfficeApp enum from it (lib/host.js, officeMockObject.js).
'use strict';

const OfficeApp = Object.freeze({
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
});

module.exports = { OfficeApp };
