/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js',
  },
  testTimeout: 30000,
};
