declare namespace App {
	interface Locals {
		/** How many <Term> marks this page has rendered so far, to give each tooltip a unique id. */
		termCount?: number;
	}
}
