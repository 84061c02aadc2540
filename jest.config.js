/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': 'ts-jest' }, // isolatedModules (transpile only) comes from tsconfig.json
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js',
  },
  testTimeout: 30000,
};
